// The last request of each client, for an admin page; a sweep drops entries older than a
// quarter of an hour. Until that sweep, every entry keeps its whole request alive.
const express = require('express');

const app = express();
const lastRequest = new Map();

app.use((req, res, next) => {
  lastRequest.set(req.ip, { at: Date.now(), req }); // expect: request-capture
  next();
});

app.get('/admin/recent', (req, res) => {
  res.json([...lastRequest].map(([ip, entry]) => ({ ip, at: entry.at, path: entry.req.originalUrl })));
});

setInterval(() => {
  const cutoff = Date.now() - 15 * 60_000;
  for (const [ip, entry] of lastRequest) {
    if (entry.at < cutoff) lastRequest.delete(ip);
  }
}, 60_000).unref();

app.listen(3000);
