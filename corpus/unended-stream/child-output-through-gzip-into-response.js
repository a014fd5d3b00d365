const { spawn } = require('child_process');
const { createGzip } = require('zlib');
const express = require('express');

const router = express.Router();

router.get('/logs/:unit', (req, res) => {
  const journal = spawn('journalctl', ['-u', req.params.unit, '--no-pager', '-o', 'json']);
  const gzip = createGzip();
  res.set('content-encoding', 'gzip');
  journal.stdout.pipe(gzip).pipe(res); // expect: unended-stream
});

module.exports = router;
