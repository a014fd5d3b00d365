// Every response is patched to log its end; the record of each patch, with the response it
// holds, goes into the utility's module-level list and stays there.
const http = require('http');
const { patch } = require('./patch');

http.createServer((req, res) => {
  patch(res, 'end', () => console.log('done', req.method, req.url)); // expect: unbounded-collection
  res.end('ok');
}).listen(8080);
