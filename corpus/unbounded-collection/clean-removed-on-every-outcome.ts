// The same tables, forgetting each entry however the work ends: in a finally, in a
// `.finally()`, or in both callbacks of `.then()`.
import express from 'express';
import { randomUUID } from 'node:crypto';
import { runJob, renderPdf } from './work';

const running = new Map<string, { startedAt: number }>();
const renders = new Map<number, Promise<Buffer>>();
const previews = new Map<number, Promise<Buffer>>();
let nextRender = 0;

const app = express();
app.post('/jobs', async (req, res) => {
  const id = randomUUID();
  running.set(id, { startedAt: Date.now() });
  try {
    res.json(await runJob(req.body));
  } finally {
    running.delete(id);
  }
});

app.post('/renders', (req, res) => {
  const id = nextRender++;
  const pending = renderPdf(req.body);
  renders.set(id, pending);
  pending.finally(() => renders.delete(id)).catch(() => undefined);
  res.status(202).json({ id });
});

app.post('/previews', (req, res) => {
  const id = nextRender++;
  const pending = renderPdf(req.body);
  previews.set(id, pending);
  pending.then(() => previews.delete(id), () => previews.delete(id));
  res.status(202).json({ id });
});

app.listen(3000);

// A per-channel task queue: the chain's `.then()` follows a `.catch()`, so it runs whether the
// task failed or not, and the entry goes either way.
const chains = new Map<string, Promise<void>>();

export function enqueue(channel: string, task: () => Promise<void>): Promise<void> {
  const run = (chains.get(channel) ?? Promise.resolve()).then(task);
  const settled = run
    .catch(() => undefined)
    .then(() => {
      if (chains.get(channel) === settled) chains.delete(channel);
    });
  chains.set(channel, settled);
  return run;
}

app.post('/channels/:id/tasks', (req, res) => {
  void enqueue(req.params.id, async () => undefined);
  res.sendStatus(202);
});
