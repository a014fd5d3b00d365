// The body is gunzipped or not, then piped into the spool file; an aborted upload or a bad gzip
// stream never ends the file stream, which stays open with its descriptor.
const fs = require('node:fs');
const zlib = require('node:zlib');
const path = require('node:path');
const express = require('express');

const SPOOL = process.env.SPOOL || '/var/spool/metrics';
const app = express();

app.post('/metrics/:source', (req, res) => {
  const file = fs.createWriteStream(path.join(SPOOL, `${Date.now()}-${path.basename(req.params.source)}.ndjson`));
  const body = req.headers['content-encoding'] === 'gzip' ? req.pipe(zlib.createGunzip()) : req;
  body.pipe(file); // expect: unended-stream
  file.on('finish', () => res.sendStatus(202));
});

module.exports = app;
