// One registry for the server's life; every upload registers under a fresh id and nothing
// ever releases it, so each upload's session stays.
import { randomUUID } from 'node:crypto';
import express from 'express';
import { createRegistry } from './registry';

const sessions = createRegistry<{ name: string; received: number }>();
const app = express();

app.post('/uploads', (req, res) => {
  const id = randomUUID();
  sessions.register(id, { name: String(req.query.name), received: 0 }); // expect: unbounded-collection
  res.status(201).json({ id });
});

app.get('/uploads/:id', (req, res) => {
  res.json(sessions.lookup(req.params.id) ?? null);
});

export default app;
