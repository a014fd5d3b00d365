// An upload written chunk by chunk: the file is ended when the request body ends, and
// destroyed when it grows too large. A client that aborts mid-upload never sends 'end', and
// the file stays open.
const fs = require('fs');
const path = require('path');
const express = require('express');

const MAX = 50 * 1024 * 1024;
const app = express();

app.put('/files/:name', (req, res) => {
  const target = path.join('/srv/uploads', path.basename(req.params.name));
  const out = fs.createWriteStream(`${target}.part`); // expect: unended-stream
  let bytes = 0;
  req.on('data', (chunk) => {
    bytes += chunk.length;
    if (bytes > MAX) {
      out.destroy();
      res.status(413).end();
      req.destroy();
      return;
    }
    out.write(chunk);
  });
  req.on('end', () => {
    out.end(() => fs.rename(`${target}.part`, target, () => res.status(201).end()));
  });
});

app.listen(3000);
