// The ledger subscribes once, as the process starts, through the events index: one listener
// for the life of the process.
import express from 'express';
import { onRefund, emitRefund } from './events';

onRefund((orderId) => console.info(`refund ${orderId}`));

export const app = express();
app.post('/orders/:id/refund', (req, res) => {
  emitRefund(req.params.id);
  res.sendStatus(202);
});
