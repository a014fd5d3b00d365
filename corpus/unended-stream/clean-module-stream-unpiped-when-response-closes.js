'use strict';

const http = require('node:http');
const { PassThrough, Transform } = require('node:stream');

const ticks = new PassThrough();
setInterval(() => ticks.write(`${Date.now()}\n`), 1000).unref();

http.createServer((req, res) => {
  const framed = new Transform({
    transform(chunk, _enc, done) {
      done(null, `data: ${chunk}\n`);
    },
  });
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  ticks.pipe(framed);
  framed.pipe(res);
  res.on('close', () => {
    ticks.unpipe(framed);
    framed.destroy();
  });
}).listen(3000);
