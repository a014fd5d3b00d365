// Validating a parameter that the function reassigns is not a once-only guard: every call
// from the route still adds a listener to the module-level bus.
import { EventEmitter } from 'node:events';
import express from 'express';

const bus = new EventEmitter();
const app = express();

function follow(topic: string, limit?: number): void {
  limit = limit ?? 10;
  if (limit < 0) {
    throw new RangeError('limit must not be negative');
  }
  bus.on(topic, () => undefined);
}

app.get('/follow/:topic', (req, res) => {
  follow(req.params.topic); // expect: listener-leak
  res.sendStatus(204);
});

export default app;
