// Each stream's watcher is closed when the tab goes away.
const express = require('express');
const { watchSources } = require('./tree');

const app = express();

app.get('/__reload', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const watcher = watchSources('src', (files) => res.write(`data: ${JSON.stringify(files)}\n\n`));
  watcher.on('error', (err) => console.error('reload watcher failed', err.message));
  req.on('close', () => watcher.close());
});

app.listen(5173);
