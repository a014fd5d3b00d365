// Looks like caches, lives like locals: a per-call Map and a per-instance Map die with
// their owner.
const express = require('express');

class RequestScope {
  constructor() {
    this.values = new Map();
  }

  remember(key, value) {
    this.values.set(key, value);
  }
}

const app = express();

app.get('/report', (req, res) => {
  const seen = new Set();
  const rows = [];
  for (const item of req.query.items || []) {
    if (!seen.has(item)) rows.push(item);
    seen.add(item);
  }
  const scope = new RequestScope();
  scope.remember('rows', rows);
  res.json(rows);
});
