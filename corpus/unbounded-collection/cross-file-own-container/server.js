// Every request goes into the other module's set, so every request object stays alive; the
// agent is noted once, at start-up.
const http = require('http');
const inflight = require('./inflight');

inflight.noteAgent('startup-probe');

http.createServer((req, res) => {
  inflight.track(req); // expect: unbounded-collection
  res.end(String(inflight.size()));
}).listen(8080);
