// Webhook deliveries are retried by the sender, so each id is remembered to skip repeats; every
// id ever delivered stays in the table.
import express from 'express';
import { handled, markHandled } from './seen.mjs';

const app = express();
const deliveries = new Map(); // expect: unbounded-collection

app.post('/hooks/payments', express.json(), async (req, res) => {
  const id = req.get('x-delivery-id');
  if (handled(deliveries, id)) return res.sendStatus(200);
  markHandled(deliveries, id);
  res.sendStatus(202);
});

export default app;
