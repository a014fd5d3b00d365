// Each status check fetches the upstream with a signal that gives up after five seconds.
import { createServer } from 'node:http';
import { abortAfter } from './signals';

createServer(async (_req, res) => {
  const upstream = await fetch('http://127.0.0.1:9000/health', { signal: abortAfter(5000) });
  res.end(await upstream.text());
}).listen(8092);
