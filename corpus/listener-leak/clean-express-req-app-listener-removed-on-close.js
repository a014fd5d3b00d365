// The same listener, taken off the application when the response closes.
const express = require('express');

const app = express();

app.post('/jobs', (req, res) => {
  const onDrain = () => res.headersSent || res.status(503).end();
  req.app.on('drain', onDrain);
  res.on('close', () => req.app.off('drain', onDrain));
  res.status(202).json({ queued: true });
});

module.exports = app;
