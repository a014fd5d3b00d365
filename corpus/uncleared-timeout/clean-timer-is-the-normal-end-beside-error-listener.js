// Long polling over a file watcher: the timer is how every poll ends (it answers with what was
// collected); the watcher's 'error' listener is a failure beside it, after which the timer
// fires within the poll's own cap and finds the response sent.
const express = require('express');
const fs = require('fs');

const app = express();

app.get('/changes', (req, res) => {
  const changes = [];
  const watcher = fs.watch('/srv/site', (event, file) => changes.push({ event, file }));
  watcher.once('error', (err) => {
    watcher.close();
    res.status(500).json({ error: err.message });
  });
  const wait = Math.min(Number(req.query.wait) || 1000, 30000);
  setTimeout(() => {
    watcher.close();
    if (!res.headersSent) res.json(changes);
  }, wait);
});

app.listen(3028);
