// Log downloads: the file and gzip streams are destroyed when the response finishes, which
// a client that disconnects mid-download never lets happen.
const fs = require('fs');
const zlib = require('zlib');
const express = require('express');

const router = express.Router();

router.get('/logs/:day', (req, res) => {
  const file = fs.createReadStream(`/var/log/app/${req.params.day}.log`);
  const gzip = zlib.createGzip();
  res.once('finish', () => {
    file.destroy();
    gzip.destroy();
  });
  res.setHeader('content-encoding', 'gzip');
  file.pipe(gzip).pipe(res); // expect: unended-stream
});

module.exports = { router };
