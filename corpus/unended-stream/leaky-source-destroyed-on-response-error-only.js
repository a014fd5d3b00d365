// A plain http server destroys the file stream only when the response errors, which a client
// that disconnects does not cause: the response just closes, and the file stays open.
'use strict';
const fs = require('node:fs');
const http = require('node:http');

http.createServer((req, res) => {
  const source = fs.createReadStream(`/srv/exports/${encodeURIComponent(req.url.slice(1))}`);
  res.on('error', () => source.destroy());
  source.pipe(res); // expect: unended-stream
}).listen(8312);
