// The stream's remover runs only when the response finishes, which an abandoned stream never does.
import express from 'express';
import { bus } from './bus';

const app = express();
app.get('/customers/:id/orders/stream', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const unsubscribe = bus.subscribe(req.params.id, (update) => res.write(`data: ${JSON.stringify(update)}\n\n`)); // expect: dropped-unsubscribe
  res.on('finish', unsubscribe);
});
app.listen(4102);
