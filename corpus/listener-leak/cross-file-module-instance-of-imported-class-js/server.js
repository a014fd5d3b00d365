// The server makes one ticker for the process and every stream request watches it; nothing
// ever takes a watcher off, so each closed stream stays registered with its response.
const express = require('express');
const { PriceTicker } = require('./ticker');

const ticker = new PriceTicker();
const app = express();

app.get('/prices/:symbol', (req, res) => {
  res.type('text/event-stream').flushHeaders();
  ticker.watch(req.params.symbol, (price) => res.write(`data: ${price}\n\n`)); // expect: listener-leak
});

app.post('/prices/:symbol/:price', (req, res) => {
  ticker.publish(req.params.symbol, Number(req.params.price));
  res.sendStatus(204);
});

app.listen(3200);
