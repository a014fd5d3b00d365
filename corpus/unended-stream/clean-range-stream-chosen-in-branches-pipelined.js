// The same route hands whichever stream it made to pipeline, which destroys it with the response.
'use strict';
const fs = require('node:fs');
const { pipeline } = require('node:stream');
const express = require('express');

const app = express();
app.get('/media/:file', (req, res) => {
  const file = `/srv/media/${req.params.file.replace(/[^\w.-]/g, '')}`;
  const size = fs.statSync(file).size;
  const match = /bytes=(\d+)-(\d*)/.exec(req.headers.range || '');
  let body;
  if (match) {
    const start = Number(match[1]);
    const end = match[2] ? Number(match[2]) : size - 1;
    res.writeHead(206, { 'content-range': `bytes ${start}-${end}/${size}` });
    body = fs.createReadStream(file, { start, end });
  } else {
    res.writeHead(200, { 'content-length': size });
    body = fs.createReadStream(file);
  }
  pipeline(body, res, () => {});
});
app.listen(8310);
