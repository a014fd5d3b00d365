// One meter for the app's life, recorded into per request: bounded by the meter itself.
'use strict';

const express = require('express');
const { createMeter } = require('./meter');

const app = express();
const latency = createMeter('latency');

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => latency.record(Date.now() - started));
  next();
});

module.exports = app;
