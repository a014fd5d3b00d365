// Every request counts its client in the module's one table, under an id the client sends:
// one entry per client, for as long as the process runs.
const express = require('express');
const { HitCounter } = require('./limiter');

const hits = new Map(); // expect: unbounded-collection
const app = express();

app.use((req, res, next) => {
  const seen = new HitCounter({ hits }).count(req.get('x-client-id'));
  if (seen > 100) return res.sendStatus(429);
  next();
});

module.exports = app;
