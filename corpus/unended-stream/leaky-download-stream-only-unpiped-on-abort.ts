// Downloads stream the file into the response; an aborted download unpipes the file stream and
// leaves it paused, open, with its buffer: one finding, at the pipe, that says both.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';

createServer((req, res) => {
  const file = createReadStream(`/srv/exports/${encodeURIComponent(req.url ?? '')}`);
  file.pipe(res); // expect: unended-stream
  req.on('aborted', () => {
    file.unpipe(res);
  });
}).listen(8093);
