// "The last request" kept for debugging: one request object at a time, but a whole one, and
// a closure over the previous one.
const http = require('http');

let lastRequest = null;
let describeLast = null;

http.createServer((req, res) => {
  lastRequest = req; // expect: request-capture
  describeLast = () => `${req.method} ${req.url}`; // expect: request-capture
  res.end();
}).listen(8081);

module.exports = { current: () => lastRequest, describe: () => describeLast && describeLast() };
