// The same long poll, but the timeout closes the watcher before it answers, so every way the
// request ends closes it.
const fs = require('node:fs');
const express = require('express');

const SETTINGS = '/etc/board/settings.json';
const app = express();

app.get('/settings/changes', (req, res) => {
  const watcher = fs.watch(SETTINGS, () => {
    watcher.close();
    res.json(JSON.parse(fs.readFileSync(SETTINGS, 'utf8')));
  });
  res.setTimeout(25_000, () => {
    watcher.close();
    if (!res.headersSent) res.status(204).end();
  });
});

app.listen(8081);
