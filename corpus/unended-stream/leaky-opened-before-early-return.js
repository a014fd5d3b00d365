// The file stream is made before the cache check; a 304 answers and returns without touching
// it, and the descriptor it opened stays open for every revalidated request.
const http = require('http');
const fs = require('fs');
const path = require('path');

http.createServer((req, res) => {
  const file = path.join('/srv/static', path.basename(req.url));
  const stream = fs.createReadStream(file); // expect: unended-stream
  stream.on('error', () => res.destroy());
  if (req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304);
    res.end();
    return;
  }
  res.writeHead(200, { etag: '"v1"' });
  stream.pipe(res);
  res.on('close', () => stream.destroy());
}).listen(8100);
