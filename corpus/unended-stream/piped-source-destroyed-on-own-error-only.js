// Serves exports from disk. The read stream is destroyed when reading fails, but a client that
// leaves mid-download only unpipes it, and the file stays open.
const fs = require('fs');
const path = require('path');
const express = require('express');

const router = express.Router();

router.get('/exports/:name', (req, res) => {
  const file = path.join('/srv/exports', path.basename(req.params.name));
  const source = fs.createReadStream(file);
  source.on('error', () => {
    source.destroy();
    res.sendStatus(404);
  });
  source.pipe(res); // expect: unended-stream
});

module.exports = router;
