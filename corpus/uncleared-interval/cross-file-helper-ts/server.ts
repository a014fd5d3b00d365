// Each request starts timers through the helpers; only the kept handle is cleared.
import express from 'express';
import { every, poll, retryUntil } from './polling';

const app = express();

app.post('/jobs', (_req, res) => {
  poll(() => undefined); // expect: uncleared-interval
  every(1_000, () => undefined); // expect: uncleared-interval
  const heartbeat = every(1_000, () => res.write('.'));
  res.on('close', () => clearInterval(heartbeat));
  retryUntil(() => true);
  res.end();
});

poll(() => undefined);

export default app;
