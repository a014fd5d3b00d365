// Each request hands the utility a list of its own, which goes away with the request.
const http = require('http');
const { patch } = require('./patch');

http.createServer((req, res) => {
  const undo = [];
  patch(res, 'end', () => console.log('done', req.method, req.url), undo);
  res.end('ok');
}).listen(8080);
