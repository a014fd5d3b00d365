// Clients long-poll for an export to finish; the poll's timeout answers 204 but leaves the
// response in the table, so every poll for an export that never finishes (or a made-up id)
// keeps its response for good.
const express = require('express');
const { exportsEvents } = require('./exports-events');

const polling = new Map(); // expect: unbounded-collection
const app = express();

exportsEvents.on('ready', ({ exportId, url }) => {
  const waiters = polling.get(exportId) ?? [];
  polling.delete(exportId);
  for (const { res, timer } of waiters) {
    clearTimeout(timer);
    res.json({ url });
  }
});

app.get('/exports/:exportId/wait', (req, res) => {
  const { exportId } = req.params;
  const timer = setTimeout(() => res.status(204).end(), 30_000);
  const waiters = polling.get(exportId) ?? [];
  waiters.push({ res, timer });
  polling.set(exportId, waiters);
});

module.exports = app;
