// Webhook deliveries are retried by the sender for ten minutes at most; each id is remembered
// that long and then forgotten through the same module's remover.
import express from 'express';
import { handled, markHandled, unmark } from './seen.mjs';

const app = express();
const deliveries = new Map();

app.post('/hooks/payments', express.json(), async (req, res) => {
  const id = req.get('x-delivery-id');
  if (handled(deliveries, id)) return res.sendStatus(200);
  markHandled(deliveries, id);
  setTimeout(() => unmark(deliveries, id), 10 * 60_000).unref();
  res.sendStatus(202);
});

export default app;
