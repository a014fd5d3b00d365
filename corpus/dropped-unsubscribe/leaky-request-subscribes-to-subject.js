// Server-side streams over one module-level Subject. Each event-stream request subscribes
// (directly, or through a helper of this file) and drops the Subscription, so a closed
// request's response stays subscribed, and written to, for the life of the process.
const express = require('express');
const { Subject } = require('rxjs');
const { filter } = require('rxjs/operators');

const orders$ = new Subject();
const app = express();

function onOrder(fn) {
  orders$.subscribe(fn);
}

app.get('/orders/stream', (req, res) => {
  res.setHeader('content-type', 'text/event-stream');
  orders$.subscribe((order) => res.write(`data: ${JSON.stringify(order)}\n\n`)); // expect: dropped-unsubscribe
});

app.get('/orders/count', (req, res) => {
  let count = 0;
  onOrder(() => { count += 1; }); // expect: dropped-unsubscribe
  res.json({ count });
});

app.get('/orders/:customer/stream', (req, res) => {
  orders$.pipe(filter((order) => order.customer === req.params.customer)).subscribe((order) => res.write(`${order.id}\n`)); // expect: dropped-unsubscribe
});

app.post('/orders', express.json(), (req, res) => {
  orders$.next(req.body);
  res.sendStatus(201);
});

module.exports = app;
