// `follow()` keeps the subscription in a const it never reads again: each stream request adds a
// subscriber to the shared order feed that nothing ever removes, with its response in the closure.
const express = require('express');
const { orderFeed } = require('./feeds');

const app = express();

function follow(res, customerId) {
  const subscription = orderFeed.subscribe((order) => {
    if (order.customerId === customerId) res.write(`data: ${JSON.stringify(order)}\n\n`);
  });
  res.on('close', () => res.end());
}

app.get('/orders/:customerId/stream', (req, res) => {
  res.setHeader('Content-Type', 'text/event-stream');
  follow(res, req.params.customerId); // expect: dropped-unsubscribe
});

module.exports = app;
