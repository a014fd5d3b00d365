// The same store, which keeps the last thousand traces only.
import express from 'express';
import { randomUUID } from 'node:crypto';

let traces;

function traceStore() {
  traces ??= new Map();
  return traces;
}

function remember(trace) {
  const store = traceStore();
  store.set(trace.id, trace);
  if (store.size > 1000) store.delete(store.keys().next().value);
}

const app = express();

app.use((req, res, next) => {
  const trace = { id: randomUUID(), path: req.originalUrl, started: Date.now() };
  res.on('finish', () => remember({ ...trace, status: res.statusCode }));
  next();
});

app.get('/debug/traces/:id', (req, res) => res.json(traceStore().get(req.params.id) ?? null));

app.listen(3000);
