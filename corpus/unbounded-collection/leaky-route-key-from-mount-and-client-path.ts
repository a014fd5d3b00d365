// Latency per route, keyed by the router's mount path and the path the client sent: every
// distinct id or typo in a URL becomes a new entry.
import express, { type Request } from 'express';

const app = express();
const latency = new Map<string, { count: number; totalMs: number }>(); // expect: unbounded-collection

function routeKey(req: Request): string {
  return `${req.method} ${req.baseUrl}${req.path}`;
}

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => {
    const key = routeKey(req);
    const entry = latency.get(key) ?? { count: 0, totalMs: 0 };
    entry.count += 1;
    entry.totalMs += Date.now() - started;
    latency.set(key, entry);
  });
  next();
});

export default app;
