// Each request records its duration under its own path: the registry gains a label for every
// distinct URL a client sends, and a bound one in the start-up code is fine.
import http from 'node:http';
import { Metrics } from './metrics';

const metrics = Metrics.get();
metrics.record('startup', performance.now());

http.createServer((req, res) => {
  const started = Date.now();
  res.on('finish', () => {
    const registry = Metrics.get();
    registry.record(req.url ?? '/', Date.now() - started); // expect: unbounded-collection
  });
  res.end('ok');
}).listen(3000);
