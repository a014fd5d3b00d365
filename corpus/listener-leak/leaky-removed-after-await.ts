// An export route listens for progress on the process-wide job bus while it waits for the
// export, and removes the listener afterwards. When the export throws, the removal is skipped:
// every failed export leaves a listener holding its response on the bus.
import { EventEmitter } from 'node:events';
import express from 'express';
import { runExport } from './exports';

export const jobBus = new EventEmitter();
const app = express();

app.get('/exports/:id', async (req, res) => {
  const onProgress = (pct: number) => res.write(`${pct}\n`);
  jobBus.on(`progress:${req.params.id}`, onProgress); // expect: listener-leak
  const url = await runExport(req.params.id);
  jobBus.off(`progress:${req.params.id}`, onProgress);
  res.end(url);
});

export default app;
