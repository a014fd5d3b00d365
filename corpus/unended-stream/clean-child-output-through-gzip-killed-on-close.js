const { spawn } = require('child_process');
const { createGzip } = require('zlib');
const { pipeline } = require('stream');
const express = require('express');

const router = express.Router();

router.get('/logs/:unit', (req, res) => {
  const journal = spawn('journalctl', ['-u', req.params.unit, '--no-pager', '-o', 'json']);
  res.set('content-encoding', 'gzip');
  res.on('close', () => journal.kill());
  pipeline(journal.stdout, createGzip(), res, () => journal.kill());
});

module.exports = router;
