// One route drops the handle, so every call leaves an interval running; the other keeps it
// and stops it when the client leaves.
const express = require('express');
const scheduler = require('./scheduler');

const app = express();

app.post('/watch/:id', (req, res) => {
  const id = req.params.id;
  scheduler.every(5_000, () => console.log('checking', id)); // expect: uncleared-interval
  res.sendStatus(202);
});

app.get('/watch/:id/stream', (req, res) => {
  const handle = scheduler.every(1_000, () => res.write('.'));
  req.on('close', () => scheduler.stop(handle));
});

module.exports = app;
