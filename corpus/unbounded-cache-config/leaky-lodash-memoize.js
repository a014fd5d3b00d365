// lodash memoize caches by the first argument in a Map that never evicts; here it is a
// user-supplied search string.
const _ = require('lodash');
const express = require('express');

const app = express();
const normalise = _.memoize((query) => query.trim().toLowerCase()); // expect: unbounded-cache-config

app.get('/search', (req, res) => {
  res.json({ q: normalise(req.query.q) });
});
