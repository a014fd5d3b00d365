import http from 'node:http';
import { openMedia } from './storage.mjs';

http.createServer((req, res) => {
  const stream = openMedia(req.url.slice(1), 0, 1_000_000);
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  stream.pipe(res); // expect: unended-stream
}).listen(8090);
