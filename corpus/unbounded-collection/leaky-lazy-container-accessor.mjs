// The trace store is made on first use by its accessor, and every request's trace is kept in
// it under a fresh id: nothing ever takes one out.
import express from 'express';
import { randomUUID } from 'node:crypto';

let traces; // expect: unbounded-collection

function traceStore() {
  traces ??= new Map();
  return traces;
}

const app = express();

app.use((req, res, next) => {
  const trace = { id: randomUUID(), path: req.originalUrl, started: Date.now() };
  res.on('finish', () => traceStore().set(trace.id, { ...trace, status: res.statusCode }));
  next();
});

app.get('/debug/traces/:id', (req, res) => res.json(traceStore().get(req.params.id) ?? null));

app.listen(3000);
