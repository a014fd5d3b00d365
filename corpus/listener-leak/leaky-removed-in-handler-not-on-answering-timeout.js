// The confirmation waits for the payment's 'settled' event; the listener takes itself off
// when its payment settles, but the timeout that answers 202 leaves it on the gateway.
const { EventEmitter } = require('events');
const express = require('express');

const gateway = new EventEmitter();
const app = express();

app.post('/payments/:id/confirm', (req, res) => {
  const paymentId = req.params.id;
  const onSettled = (event) => {
    if (event.paymentId !== paymentId) return;
    clearTimeout(timer);
    gateway.removeListener('settled', onSettled);
    res.json({ paymentId, state: event.state });
  };
  const timer = setTimeout(() => {
    res.status(202).json({ paymentId, state: 'pending' });
  }, 15000);
  gateway.on('settled', onSettled); // expect: listener-leak
});

app.listen(3033);
