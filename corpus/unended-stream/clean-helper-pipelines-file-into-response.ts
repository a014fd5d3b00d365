// The helper hands the file and the response to stream.pipeline(), which destroys the file
// stream when the response closes early.
import { createReadStream } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';

function serveFile(res: ServerResponse, file: string): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  pipeline(createReadStream(file), res, () => {});
}

createServer((req, res) => {
  serveFile(res, `./public/${req.url}`);
}).listen(8080);
