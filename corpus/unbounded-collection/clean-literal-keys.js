// Keys drawn from a fixed set of literals: at most a handful of entries, however many requests.
const express = require('express');

const app = express();
const counters = new Map();
const flags = {};
const STATUS = { OK: 'ok', FAILED: 'failed' };

app.post('/jobs', (req, res) => {
  const outcome = req.body.ok ? STATUS.OK : STATUS.FAILED;
  counters.set(outcome, (counters.get(outcome) || 0) + 1);
  counters.set('total', (counters.get('total') || 0) + 1);
  flags[req.secure ? 'https' : 'http'] = true;
  flags[typeof req.body] = true;
  res.sendStatus(202);
});
