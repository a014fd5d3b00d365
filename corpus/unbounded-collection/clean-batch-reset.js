// A batch is replaced by a fresh array each time it is flushed.
const http = require('http');

let batch = [];

function flush() {
  const sending = batch;
  batch = [];
  console.log('sending', sending.length);
}

http.createServer((req, res) => {
  batch.push({ url: req.url });
  if (batch.length >= 100) flush();
  res.end();
}).listen(8093);
