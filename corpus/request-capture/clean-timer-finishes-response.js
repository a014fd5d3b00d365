// Timers that answer the request are part of it: a timeout response and a delayed reply.
const express = require('express');

const app = express();

app.get('/slow', (req, res) => {
  const timeout = setTimeout(() => {
    res.status(504).end('timed out');
  }, 5_000);
  res.on('finish', () => clearTimeout(timeout));
  setTimeout(() => res.json({ path: req.path }), 100);
});
