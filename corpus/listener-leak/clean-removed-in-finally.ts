// The same route removing the listener in `finally`: a failed export releases it as well.
import { EventEmitter } from 'node:events';
import express from 'express';
import { runExport } from './exports';

export const jobBus = new EventEmitter();
const app = express();

app.get('/exports/:id', async (req, res) => {
  const onProgress = (pct: number) => res.write(`${pct}\n`);
  jobBus.on(`progress:${req.params.id}`, onProgress);
  try {
    res.end(await runExport(req.params.id));
  } finally {
    jobBus.off(`progress:${req.params.id}`, onProgress);
  }
});

export default app;
