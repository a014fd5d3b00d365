// `diagnostics_channel.subscribe(name, fn)` adds to a process-wide named channel. Each traced
// request subscribes and never unsubscribes, so every request's logger stays subscribed.
const dc = require('node:diagnostics_channel');
const http = require('node:http');
const { randomUUID } = require('node:crypto');

http.createServer((req, res) => {
  const requestId = randomUUID();
  dc.subscribe('db:query', (message) => { // expect: dropped-unsubscribe
    if (message.requestId === requestId) console.log(requestId, message.sql);
  });
  res.end('ok');
}).listen(8080);
