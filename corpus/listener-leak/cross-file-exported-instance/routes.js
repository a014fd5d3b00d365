// Every request adds one more 'sample' listener to the shared monitor, and each keeps its
// response alive; the call at start-up runs once.
const express = require('express');
const monitor = require('./monitor');

const app = express();

app.get('/cpu', (req, res) => {
  monitor.onSample((value) => { // expect: listener-leak
    if (value > 0.9) res.locals.hot = true;
  });
  res.json({ ok: true });
});

monitor.onSample((value) => console.log('sample', value));

module.exports = app;
