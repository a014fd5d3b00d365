// A helper pipes the file into the response, through gzip or not: two pipes, one cause, one
// finding at the handler's call of the helper.
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';

function sendAsset(req: IncomingMessage, res: ServerResponse, file: string): void {
  const source = createReadStream(file);
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.setHeader('content-encoding', 'gzip');
    source.pipe(createGzip()).pipe(res);
  } else {
    source.pipe(res);
  }
}

createServer((req, res) => {
  sendAsset(req, res, `./public${req.url}`); // expect: unended-stream
}).listen(8080);
