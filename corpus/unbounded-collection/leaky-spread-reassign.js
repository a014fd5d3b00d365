// Reassigning with a spread copies every old entry: the array still only grows.
const http = require('node:http');

let history = []; // expect: unbounded-collection

http.createServer((req, res) => {
  history = [...history, { url: req.url, at: Date.now() }];
  res.end(String(history.length));
}).listen(8083);
