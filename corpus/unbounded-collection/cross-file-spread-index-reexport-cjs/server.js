const http = require('http');
const { noteVisitor, visitorCount } = require('./lib');

http.createServer((req, res) => {
  noteVisitor(req.headers['x-visitor-id'] || req.socket.remoteAddress); // expect: unbounded-collection
  res.end(String(visitorCount()));
}).listen(8000);
