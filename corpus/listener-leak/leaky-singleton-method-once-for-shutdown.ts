// The same sampler, but the route waits for 'stopped', which comes once at shutdown: every
// request until then leaves its callback, and the response it holds, on the sampler.
import { EventEmitter } from 'node:events';
import express from 'express';

class HealthSampler extends EventEmitter {
  private readonly timer = setInterval(() => this.emit('sample', process.memoryUsage().rss), 5_000);

  whenStopped(callback: () => void): void {
    this.once('stop', callback);
  }

  stop(): void {
    clearInterval(this.timer);
    this.emit('stop');
  }
}

export const sampler = new HealthSampler();
const app = express();

app.get('/health/drain', (_req, res) => {
  sampler.whenStopped(() => res.end('stopped')); // expect: listener-leak
  res.write('waiting\n');
});

export default app;
