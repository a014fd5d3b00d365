// One meter for the app's life, recorded into per request: bounded by the meter itself.
import express from 'express';
import { createMeter } from './meter';

const app = express();
const latency = createMeter('latency');

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => latency.record(Date.now() - started));
  next();
});

export default app;
