// Each request patches its own response, and only the admin switch ever unpatches: every
// response stays in the patcher's list until someone turns tracing off.
const express = require('express');
const { patch, unpatchEverything } = require('./patcher');

const app = express();

app.use((req, res, next) => {
  const started = Date.now();
  patch(res, 'end', (end) => function tracedEnd(...args) { // expect: unbounded-collection
    console.log('%s %s %dms', req.method, req.url, Date.now() - started);
    return end.apply(this, args);
  });
  next();
});

app.post('/admin/tracing/off', (req, res) => {
  unpatchEverything();
  res.sendStatus(204);
});

module.exports = app;
