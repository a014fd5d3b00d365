// A long poll: the request waits until the settings file changes. The watcher closes when the
// change comes, but the poll's own timeout answers 204 and leaves the watcher (and `res`) behind.
const fs = require('node:fs');
const express = require('express');

const SETTINGS = '/etc/board/settings.json';
const app = express();

app.get('/settings/changes', (req, res) => {
  const watcher = fs.watch(SETTINGS, () => { // expect: unclosed-watcher
    watcher.close();
    res.json(JSON.parse(fs.readFileSync(SETTINGS, 'utf8')));
  });
  res.setTimeout(25_000, () => {
    if (!res.headersSent) res.status(204).end();
  });
});

app.listen(8081);
