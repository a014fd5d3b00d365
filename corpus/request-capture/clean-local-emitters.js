// Streams and emitters created for this request die with it.
const http = require('http');
const fs = require('fs');
const { EventEmitter } = require('events');

http.createServer((req, res) => {
  const file = fs.createReadStream(__filename);
  file.on('data', (chunk) => res.write(chunk));
  file.on('end', () => res.end());
  const progress = new EventEmitter();
  progress.on('step', (n) => res.setHeader('x-step', String(n)));
}).listen(8085);
