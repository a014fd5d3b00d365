// Weak collections let their keys die: a per-request WeakMap cannot leak the request.
import express, { Request } from 'express';

const app = express();
const startedAt = new WeakMap<Request, number>();
const seen = new WeakSet<object>();

app.use((req, res, next) => {
  startedAt.set(req, Date.now());
  seen.add(req);
  next();
});
