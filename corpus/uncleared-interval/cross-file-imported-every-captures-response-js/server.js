// Every request starts a ticker that writes to its response, and nothing clears it: the
// interval outlives the request and keeps the response (and with it the request) alive.
// One finding: the interval, which names the response it captures.
const http = require('http');
const { every } = require('./every');

http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  every(1000, () => res.write(`tick ${req.url}\n`)); // expect: uncleared-interval
}).listen(3000);
