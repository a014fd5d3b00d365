// Each preview keeps the watcher its fluent start() hands back in a table, and the next
// preview for the site (or its DELETE) stops the one there first.
'use strict';
const express = require('express');
const { ContentWatcher } = require('./content-watcher');

const app = express();
const previews = new Map();

async function stopPreview(siteId) {
  const preview = previews.get(siteId);
  if (!preview) return;
  previews.delete(siteId);
  await preview.watcher.stop();
}

app.post('/sites/:siteId/preview', async (req, res) => {
  await stopPreview(req.params.siteId);
  const watcher = new ContentWatcher(req.body.root).start();
  watcher.on('change', (file) => app.emit('rebuild', req.params.siteId, file));
  previews.set(req.params.siteId, { watcher, since: Date.now() });
  res.sendStatus(201);
});

app.delete('/sites/:siteId/preview', async (req, res) => {
  await stopPreview(req.params.siteId);
  res.sendStatus(204);
});

module.exports = app;
