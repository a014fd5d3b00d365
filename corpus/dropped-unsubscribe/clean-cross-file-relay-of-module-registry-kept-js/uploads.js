// Each upload is staged in a temp file marked for deletion at exit; the mark is taken back once
// the upload is stored and the file removed.
const express = require('express');
const { writeFile, rm } = require('node:fs/promises');
const { deleteOnExit } = require('./exit-tasks');

const app = express();

app.put('/uploads/:name', express.raw({ limit: '20mb' }), async (req, res) => {
  const staged = `/tmp/upload-${Date.now()}-${req.params.name}`;
  await writeFile(staged, req.body);
  const unmark = deleteOnExit(staged);
  try {
    await require('./storage').store(staged);
  } finally {
    unmark();
    await rm(staged, { force: true });
  }
  res.sendStatus(201);
});

module.exports = app;
