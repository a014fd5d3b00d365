// The handler hands its response to a helper that pipes a file into it. Nothing ends the
// file stream when the client goes away: the finding stands where the handler calls the
// helper, and its code flow leads to the pipe.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const ROOT = path.join(__dirname, 'public');

function serveFile(res, file) {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
}

http.createServer((req, res) => {
  const file = path.join(ROOT, path.basename(req.url || '/'));
  serveFile(res, file); // expect: unended-stream
}).listen(8080);
