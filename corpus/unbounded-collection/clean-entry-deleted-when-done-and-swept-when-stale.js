// The same export jobs, deleted when they finish, and swept when they stall.
const express = require('express');
const { randomUUID } = require('crypto');

const jobs = new Map();
const app = express();

app.post('/exports', (req, res) => {
  const id = randomUUID();
  jobs.set(id, { id, startedAt: Date.now(), rows: 0 });
  res.status(202).json({ id });
});

app.post('/exports/:id/done', (req, res) => {
  jobs.delete(req.params.id);
  res.status(204).end();
});

setInterval(() => {
  for (const [id, job] of jobs) {
    if (job && Date.now() - job.startedAt > 3_600_000) jobs.delete(id);
  }
}, 60_000).unref();

app.listen(3000);
