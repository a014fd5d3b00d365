// The same upload through pipeline(), which destroys the file stream when the body stops short.
const fs = require('node:fs');
const zlib = require('node:zlib');
const path = require('node:path');
const { pipeline } = require('node:stream');
const express = require('express');

const SPOOL = process.env.SPOOL || '/var/spool/metrics';
const app = express();

app.post('/metrics/:source', (req, res) => {
  const file = fs.createWriteStream(path.join(SPOOL, `${Date.now()}-${path.basename(req.params.source)}.ndjson`));
  const stages = req.headers['content-encoding'] === 'gzip' ? [req, zlib.createGunzip(), file] : [req, file];
  pipeline(...stages, (err) => res.sendStatus(err ? 400 : 202));
});

module.exports = app;
