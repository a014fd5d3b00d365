'use strict';

const express = require('express');
const { memo } = require('./memo.js');

// Made once when the module loads and called with whatever the client asks for: every
// distinct query stays in the memo for good.
const geocode = memo((q) => ({ q, at: Date.now() })); // expect: unbounded-collection

const app = express();
app.get('/geocode', (req, res) => {
  res.json(geocode(String(req.query.q)));
});
app.listen(8102);
