// Serves exports from disk; the read stream is destroyed when reading fails and when the
// client leaves mid-download.
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
  res.on('close', () => source.destroy());
  source.pipe(res);
});

module.exports = router;
