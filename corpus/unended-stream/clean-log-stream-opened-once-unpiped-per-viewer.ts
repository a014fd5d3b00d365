// One log stream, opened when the module loads, is piped to each viewer and unpiped when the
// viewer goes: the stream lives on for the next viewer, as it should.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';

const log = createReadStream('/var/log/app/current.log');

createServer((req, res) => {
  log.pipe(res, { end: false });
  res.on('close', () => {
    log.unpipe(res);
  });
}).listen(8094);
