// Export jobs tracked by id. A finished job's entry is set to undefined, and the sweep only
// deletes entries that still have a job, so every finished job leaves its key behind.
import express from "express";
import { randomUUID } from "node:crypto";

type Job = { id: string; startedAt: number; rows: number };

const jobs = new Map<string, Job | undefined>(); // expect: unbounded-collection
const app = express();

app.post("/exports", (req, res) => {
  const id = randomUUID();
  jobs.set(id, { id, startedAt: Date.now(), rows: 0 });
  res.status(202).json({ id });
});

app.post("/exports/:id/done", (req, res) => {
  jobs.set(req.params.id, undefined);
  res.status(204).end();
});

setInterval(() => {
  for (const [id, job] of jobs) {
    if (job && Date.now() - job.startedAt > 3_600_000) jobs.delete(id);
  }
}, 60_000).unref();

app.listen(3000);
