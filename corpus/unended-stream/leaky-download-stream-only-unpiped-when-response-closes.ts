// The download unpipes its file stream when the response closes early, and nothing destroys it:
// the stream stays paused with its descriptor open.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';

createServer((req, res) => {
  const file = createReadStream(`/srv/exports/${encodeURIComponent(req.url ?? '')}`);
  file.pipe(res);
  res.on('close', () => {
    if (!res.writableFinished) file.unpipe(res); // expect: unended-stream
  });
}).listen(8093);
