// The twin: the helper uses stream.pipeline(), which destroys the file stream when the
// response closes early.
'use strict';

const fs = require('fs');
const http = require('http');
const { pipeline } = require('stream');

function serveFile(res, file) {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  pipeline(fs.createReadStream(file), res, () => {});
}

http.createServer((req, res) => {
  serveFile(res, `./public/${req.url}`);
}).listen(8080);
