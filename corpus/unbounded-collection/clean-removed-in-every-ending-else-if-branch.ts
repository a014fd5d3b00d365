// Every state that ends a job forgets it; only progress reports leave the entry in place.
import express, { Response } from 'express';
import { EventEmitter } from 'node:events';

const jobs = new EventEmitter();
const watching = new Map<string, Response>();
const app = express();

app.post('/render/:id', (req, res) => {
  watching.set(req.params.id, res);
  jobs.emit('start', req.params.id);
});

jobs.on('state', (id: string, state: string) => {
  const res = watching.get(id);
  if (!res) return;
  if (state === 'completed') {
    watching.delete(id);
    res.json({ ok: true });
  } else if (state === 'failed') {
    watching.delete(id);
    res.status(500).end();
  } else if (state === 'progress') {
    res.write(' ');
  }
});

app.listen(4001);
