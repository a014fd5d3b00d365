// The same platform functions, bounded: Object.assign with fixed keys sets the same fields each
// time, Reflect.deleteProperty removes what Reflect.set added, and passing the cache to
// Object.keys or JSON.stringify only reads it.
import { createServer } from 'node:http';

const status: Record<string, unknown> = {};
const inflight: Record<string, number> = {};

createServer((req, res) => {
  const id = String(req.headers['x-request-id']);
  Object.assign(status, { lastPath: req.url, lastAt: Date.now() });
  Reflect.set(inflight, id, Date.now());
  res.on('finish', () => Reflect.deleteProperty(inflight, id));
  res.end(JSON.stringify({ keys: Object.keys(inflight).length, status: Object.freeze(status) }));
}).listen(8080);
