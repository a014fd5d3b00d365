// The app keeps one meter for its whole life and records into it on every request: the
// meter's array gains an entry per request, for good.
import express from 'express';
import { createMeter } from './meter.mjs';

const app = express();
const latency = createMeter('latency');

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => latency.record(Date.now() - started)); // expect: unbounded-collection
  next();
});

app.get('/stats', (req, res) => res.json({ mean: latency.mean() }));

export default app;
