// Each upload is tagged line by line into the service's audit log; when the client aborts, the
// tagger never ends, and it stays piped into the log with its listeners for good.
const http = require('http');
const fs = require('fs');
const { Transform } = require('stream');

const audit = fs.createWriteStream('/var/log/uploads.ndjson', { flags: 'a' });

http.createServer((req, res) => {
  const tagger = new Transform({
    transform(chunk, _encoding, done) {
      done(null, `${JSON.stringify({ bytes: chunk.length, at: Date.now() })}\n`);
    },
  });
  tagger.pipe(audit, { end: false }); // expect: unended-stream
  req.pipe(tagger);
  req.on('end', () => res.end('ok'));
}).listen(9100);
