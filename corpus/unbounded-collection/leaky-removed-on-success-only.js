// Two tables of running work that forget an entry only when the work succeeds: a job that
// throws, or a render whose promise rejects, leaves its entry for good.
const express = require('express');
const { randomUUID } = require('node:crypto');
const { runJob, renderPdf } = require('./work');

const running = new Map(); // expect: unbounded-collection
const renders = new Map(); // expect: unbounded-collection
let nextRender = 0;

const app = express();
app.post('/jobs', async (req, res) => {
  const id = randomUUID();
  running.set(id, { startedAt: Date.now(), owner: req.headers['x-user'] });
  const result = await runJob(req.body);
  running.delete(id);
  res.json(result);
});

app.post('/renders', (req, res) => {
  const id = nextRender++;
  const pending = renderPdf(req.body);
  renders.set(id, pending);
  pending.then(() => renders.delete(id)).catch((error) => console.error(error));
  res.status(202).json({ id });
});

app.get('/status', (req, res) => res.json({ running: running.size, renders: renders.size }));
app.listen(3000);
