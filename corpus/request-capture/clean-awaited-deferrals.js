// Deferrals inside a promise the handler awaits run before the handler finishes: the closure
// is gone by the time the response is sent.
const express = require('express');

const app = express();

app.post('/render', async (req, res) => {
  await new Promise((resolve) => setImmediate(() => resolve(req.body)));
  await new Promise((resolve) => process.nextTick(() => resolve(res.locals)));
  await new Promise((resolve) => queueMicrotask(() => resolve(req.query)));
  res.json({ ok: true });
});

module.exports = app;
