// Every "watch this queue" request starts a sampler and answers at once; nothing ever stops it,
// so each request leaves an interval running that holds its sampler and the queue client.
import express from 'express';
import { DepthSampler } from './sampler';
import { queueDepth } from './queues';

export const app = express();

app.post('/queues/:name/watch', (req, res) => {
  const sampler = new DepthSampler(() => queueDepth(req.params.name));
  sampler.start(); // expect: uncleared-interval
  res.status(202).json({ watching: req.params.name });
});
