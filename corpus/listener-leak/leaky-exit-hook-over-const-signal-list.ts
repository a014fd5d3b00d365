// Every job registers its own stop hook for both signals; a job that finishes normally leaves
// both hooks on `process`, each holding the job's worker.
import express from 'express';
import { Worker } from 'node:worker_threads';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

async function runJob(file: string, input: unknown): Promise<unknown> {
  const worker = new Worker(file, { workerData: input });
  const stop = () => void worker.terminate();
  for (const signal of SIGNALS) process.once(signal, stop);
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const app = express();
app.post('/thumbnails', express.json(), async (req, res) => {
  res.json(await runJob('./thumbnail.js', req.body)); // expect: listener-leak
});
app.listen(8091);
