// Each request keeps the stop and calls it when the response closes: a naive matcher flags
// any call of a ticker helper that captures the response.
import http from 'http';
import { every } from './every';

http.createServer((req, res) => {
  const stop = every(1000, () => res.write(`tick ${req.url}\n`));
  res.on('close', stop);
}).listen(3000);
