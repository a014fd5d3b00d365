// A download route pipes the file into the response. A client that disconnects halfway closes
// the response, but `pipe` leaves the file stream open with its descriptor and buffers.
const fs = require('node:fs');
const path = require('node:path');
const express = require('express');

const app = express();

app.get('/files/:name', (req, res) => {
  const file = fs.createReadStream(path.join('/srv/files', path.basename(req.params.name)));
  res.setHeader('content-type', 'application/octet-stream');
  file.pipe(res); // expect: unended-stream
});

module.exports = app;
