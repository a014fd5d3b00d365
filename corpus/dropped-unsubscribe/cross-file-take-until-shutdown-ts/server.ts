// Each status stream follows its order until the process shuts down, not until the client
// leaves: every request ever served keeps a subscription, and its response, alive.
import express from 'express';
import { followOrder } from './orders';

const app = express();

app.get('/orders/:id/status', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  followOrder(req.params.id, (status) => res.write(`data: ${status}\n\n`)); // expect: dropped-unsubscribe
});

app.listen(3000);
