// The health sampler emits 'sample' every five seconds from its own timer; the long-poll route
// waits for the next one with `once`, which the next sample consumes.
import { EventEmitter } from 'node:events';
import express from 'express';

interface Sample {
  rss: number;
  at: number;
}

class HealthSampler extends EventEmitter {
  private readonly timer = setInterval(() => this.emit('sample', { rss: process.memoryUsage().rss, at: Date.now() }), 5_000);

  nextSample(callback: (sample: Sample) => void): void {
    this.once('sample', callback);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export const sampler = new HealthSampler();
const app = express();

app.get('/health/next', (_req, res) => {
  sampler.nextSample((sample) => res.json(sample));
});

export default app;
