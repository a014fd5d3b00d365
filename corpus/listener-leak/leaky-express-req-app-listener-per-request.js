// req.app is the Express application: each request leaves a 'drain' listener on it.
const express = require('express');

const app = express();

app.post('/jobs', (req, res) => {
  req.app.on('drain', () => res.headersSent || res.status(503).end()); // expect: listener-leak
  res.status(202).json({ queued: true });
});

module.exports = app;
