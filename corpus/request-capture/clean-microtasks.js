// nextTick and queueMicrotask run before the event loop moves on.
const http = require('http');

http.createServer((req, res) => {
  process.nextTick(() => console.log('started', req.url));
  queueMicrotask(() => res.setHeader('x-seen', '1'));
  res.end();
}).listen(8083);
