// The log is compressed on the way out; when the client goes away, `res` closes but neither
// the gzip stream nor the file stream at the head of the chain is destroyed.
const http = require('http');
const fs = require('fs');
const zlib = require('zlib');
const path = require('path');

http.createServer((req, res) => {
  const file = path.join('/var/log/app', path.basename(req.url));
  res.writeHead(200, { 'Content-Encoding': 'gzip' });
  fs.createReadStream(file).pipe(zlib.createGzip()).pipe(res); // expect: unended-stream
}).listen(8088);
