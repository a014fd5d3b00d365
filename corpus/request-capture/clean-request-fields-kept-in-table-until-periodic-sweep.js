// The same admin table, keeping only what the page shows: the request itself is let go at once.
const express = require('express');

const app = express();
const lastRequest = new Map();

app.use((req, res, next) => {
  lastRequest.set(req.ip, { at: Date.now(), path: req.originalUrl, agent: req.get('user-agent') });
  next();
});

app.get('/admin/recent', (req, res) => {
  res.json([...lastRequest].map(([ip, entry]) => ({ ip, ...entry })));
});

setInterval(() => {
  const cutoff = Date.now() - 15 * 60_000;
  for (const [ip, entry] of lastRequest) {
    if (entry.at < cutoff) lastRequest.delete(ip);
  }
}, 60_000).unref();

app.listen(3000);
