// The same tagging, but the request's 'close' unpipes and destroys the tagger, however the
// upload ends.
import http from 'node:http';
import fs from 'node:fs';
import { Transform } from 'node:stream';

const audit = fs.createWriteStream('/var/log/uploads.ndjson', { flags: 'a' });

http.createServer((req, res) => {
  const tagger = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, `${JSON.stringify({ bytes: chunk.length })}\n`);
    },
  });
  tagger.pipe(audit, { end: false });
  req.pipe(tagger);
  req.on('close', () => {
    tagger.unpipe(audit);
    tagger.destroy();
  });
  req.on('end', () => res.end('ok'));
}).listen(9101);
