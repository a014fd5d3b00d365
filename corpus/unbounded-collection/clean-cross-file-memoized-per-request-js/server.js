'use strict';

const express = require('express');
const { memo } = require('./memo.js');

// One memo per request, for the lookups that request repeats: it goes with the request.
const app = express();
app.get('/geocode', (req, res) => {
  const geocode = memo((q) => ({ q, at: Date.now() }));
  const queries = String(req.query.q).split(',');
  res.json(queries.map((q) => geocode(q)));
});
app.listen(8102);
