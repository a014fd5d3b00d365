// The same handler destroys the stream on the early return, so the file is closed on both paths.
import http from 'node:http';
import { createReadStream } from 'node:fs';

http.createServer((req, res) => {
  const stream = createReadStream(`/srv/static/${encodeURIComponent(req.url ?? '')}`);
  stream.on('error', () => res.destroy());
  if (req.headers['if-none-match'] === '"v1"') {
    stream.destroy();
    res.writeHead(304).end();
    return;
  }
  res.writeHead(200, { etag: '"v1"' });
  stream.pipe(res);
  res.on('close', () => stream.destroy());
}).listen(8101);
