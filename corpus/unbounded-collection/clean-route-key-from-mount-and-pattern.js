// Latency per route, keyed by the router's mount path and the matched pattern (built by a
// function of the file): one entry per registered route, whatever URLs clients send.
const express = require('express');

const app = express();
const latency = new Map();

function routeKey(req) {
  return `${req.method} ${req.route ? req.baseUrl + req.route.path : 'unmatched'}`;
}

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => {
    const key = routeKey(req);
    const entry = latency.get(key) ?? { count: 0, totalMs: 0 };
    entry.count += 1;
    entry.totalMs += Date.now() - started;
    latency.set(key, entry);
  });
  next();
});

app.get('/internal/latency', (_req, res) => res.json(Object.fromEntries(latency)));

module.exports = app;
