// The latest snapshot is kept to be served: the status route sends it whole.
'use strict';
const express = require('express');
const { collector } = require('./collector');

let latest = null;
collector.on('stats', (stats) => {
  latest = stats;
});

const app = express();
app.get('/stats', (req, res) => {
  if (!latest) return res.status(503).json({ error: 'warming up' });
  res.json(latest);
});

module.exports = app;
