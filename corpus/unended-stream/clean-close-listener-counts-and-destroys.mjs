import { createReadStream } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

let streaming = 0;

http.createServer((req, res) => {
  const file = path.join('/srv/media', path.basename(req.url));
  streaming += 1;
  const video = createReadStream(file);
  res.on('close', () => {
    streaming -= 1;
    video.destroy();
  });
  video.on('error', () => res.destroy());
  video.pipe(res);
}).listen(8092);

export function activeStreams() {
  return streaming;
}
