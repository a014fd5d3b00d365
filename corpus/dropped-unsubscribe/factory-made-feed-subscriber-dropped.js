'use strict';
const express = require('express');

function createFeed() {
  const subscribers = new Set();
  return {
    publish(event) {
      for (const fn of subscribers) fn(event);
    },
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
  };
}

const orders = createFeed();
const app = express();

app.get('/orders/stream', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  orders.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`)); // expect: dropped-unsubscribe
});

app.post('/orders', express.json(), (req, res) => {
  orders.publish({ type: 'created', id: req.body.id });
  res.sendStatus(202);
});

app.listen(3000);
