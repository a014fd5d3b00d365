// `follow()` keeps the subscription and ends it when the client goes.
const express = require('express');
const { orderFeed } = require('./feeds');

const app = express();

function follow(res, customerId) {
  const subscription = orderFeed.subscribe((order) => {
    if (order.customerId === customerId) res.write(`data: ${JSON.stringify(order)}\n\n`);
  });
  res.on('close', () => subscription.unsubscribe());
}

app.get('/orders/:customerId/stream', (req, res) => {
  res.setHeader('Content-Type', 'text/event-stream');
  follow(res, req.params.customerId);
});

module.exports = app;
