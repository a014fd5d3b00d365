// Each request patches its own response and unpatches it when the response closes.
const express = require('express');
const { patch, unpatch, unpatchEverything } = require('./patcher');

const app = express();

app.use((req, res, next) => {
  const started = Date.now();
  const entry = patch(res, 'end', (end) => function tracedEnd(...args) {
    console.log('%s %s %dms', req.method, req.url, Date.now() - started);
    return end.apply(this, args);
  });
  res.once('close', () => unpatch(entry));
  next();
});

app.post('/admin/tracing/off', (req, res) => {
  unpatchEverything();
  res.sendStatus(204);
});

module.exports = app;
