// Render jobs are watched per request; the state handler forgets a job only when it completes,
// so every failed or cancelled job keeps its entry (and the response it holds).
const express = require('express');
const { EventEmitter } = require('events');

const jobs = new EventEmitter();
const watching = new Map(); // expect: unbounded-collection
const app = express();

app.post('/render/:id', (req, res) => {
  watching.set(req.params.id, res);
  jobs.emit('start', req.params.id);
});

jobs.on('state', (id, state) => {
  const res = watching.get(id);
  if (!res) return;
  if (state === 'completed') {
    watching.delete(id);
    res.json({ ok: true });
  } else if (state === 'failed') {
    res.status(500).end();
  } else if (state === 'cancelled') {
    res.status(409).end();
  }
});

app.listen(4000);
