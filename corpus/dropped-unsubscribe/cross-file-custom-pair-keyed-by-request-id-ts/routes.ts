import { randomUUID } from 'node:crypto';
import express from 'express';
import { awaitReply, worker } from './replies';

const app = express();

// A reply that never comes (the worker restarts, the client goes away) leaves its entry and
// the response it closes over: the route drops the cancel it was handed.
app.get('/quote/:sku', (req, res) => {
  const id = randomUUID();
  awaitReply(id, (price) => res.json({ sku: req.params.sku, price })); // expect: dropped-unsubscribe
  worker.emit('ask', id, req.params.sku);
});

app.listen(8080);
