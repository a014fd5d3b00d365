// pipeline() destroys every stream of the chain when any of them, the response included,
// closes early.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream';

createServer((req, res) => {
  res.writeHead(200, { 'Content-Encoding': 'gzip' });
  pipeline(createReadStream(`/var/log/app/${encodeURIComponent(req.url ?? '')}`), createGzip(), res, (err) => {
    if (err) console.warn('download ended early', err.message);
  });
}).listen(8090);
