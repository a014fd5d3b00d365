const express = require('express');
const fs = require('node:fs');
const path = require('node:path');

const app = express();
const FLAGS = path.join(__dirname, 'flags.json');

app.get('/flags/wait', (req, res) => {
  const watcher = fs.watch(FLAGS, () => {
    watcher.close();
    res.sendFile(FLAGS);
  });
  watcher.on('error', (err) => {
    watcher.close();
    res.status(500).json({ error: err.message });
  });
  res.on('close', () => watcher.close());
});

module.exports = app;
