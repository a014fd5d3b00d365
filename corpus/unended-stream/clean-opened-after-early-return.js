// The stream is opened only once the early return is behind: nothing is left open on the 304 path.
const http = require('http');
const fs = require('fs');

http.createServer((req, res) => {
  if (req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304);
    res.end();
    return;
  }
  const stream = fs.createReadStream('/srv/static/app.js');
  res.writeHead(200, { etag: '"v1"' });
  stream.pipe(res);
  res.on('close', () => stream.destroy());
}).listen(8102);
