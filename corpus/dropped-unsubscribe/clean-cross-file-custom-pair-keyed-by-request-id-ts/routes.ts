import { randomUUID } from 'node:crypto';
import express from 'express';
import { awaitReply, worker } from './replies';

const app = express();

// The cancel runs when the client goes away, whether or not the reply came.
app.get('/quote/:sku', (req, res) => {
  const id = randomUUID();
  const cancel = awaitReply(id, (price) => res.json({ sku: req.params.sku, price }));
  res.on('close', cancel);
  worker.emit('ask', id, req.params.sku);
});

app.listen(8080);
