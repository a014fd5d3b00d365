// The same confirmation, with the timeout taking the listener off before it answers.
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
    gateway.removeListener('settled', onSettled);
    res.status(202).json({ paymentId, state: 'pending' });
  }, 15000);
  gateway.on('settled', onSettled);
});

app.listen(3033);
