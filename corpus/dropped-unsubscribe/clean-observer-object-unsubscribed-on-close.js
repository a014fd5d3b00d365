'use strict';
// Each request subscribes an observer object to the module's Subject and unsubscribes when
// its response closes.
const express = require('express');
const { Subject } = require('rxjs');

const orderUpdates = new Subject();
const app = express();

app.get('/orders/:id/updates', (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/event-stream' });
  const subscription = orderUpdates.subscribe({
    next(update) {
      if (update.orderId === req.params.id) res.write(`data: ${JSON.stringify(update)}\n\n`);
    },
  });
  res.on('close', () => subscription.unsubscribe());
});

app.post('/orders/:id/status', express.json(), (req, res) => {
  orderUpdates.next({ orderId: req.params.id, status: req.body.status });
  res.sendStatus(204);
});

app.listen(3000);
