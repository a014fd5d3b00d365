// A media route picks a ranged or a whole-file stream in two branches and pipes whichever it
// made: a viewer who seeks away closes the response, and the file stays open.
'use strict';
const fs = require('node:fs');
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
  body.pipe(res); // expect: unended-stream
});
app.listen(8310);
