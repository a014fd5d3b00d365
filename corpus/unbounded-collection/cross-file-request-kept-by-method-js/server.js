// Every request goes into the tracker's set for good, with its sockets and buffers.
const http = require('http');
const tracker = require('./tracker');

http.createServer((req, res) => {
  tracker.add(req); // expect: unbounded-collection
  if (req.url === '/status') return res.end(JSON.stringify(tracker.list()));
  res.end('ok');
}).listen(8088);
