// The chain is split over a local, but its head is still a file stream nobody destroys when
// the response closes early.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { createBrotliCompress } from 'node:zlib';

createServer((req, res) => {
  const packed = createReadStream(`/srv/exports/${encodeURIComponent(req.url ?? '')}`).pipe(createBrotliCompress());
  res.writeHead(200, { 'Content-Encoding': 'br' });
  packed.pipe(res); // expect: unended-stream
}).listen(8089);
