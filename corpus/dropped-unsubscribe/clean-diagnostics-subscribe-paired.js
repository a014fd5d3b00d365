// The same tracing, undone when the response closes: the channel removes by callback.
const dc = require('node:diagnostics_channel');
const http = require('node:http');
const { randomUUID } = require('node:crypto');

http.createServer((req, res) => {
  const requestId = randomUUID();
  const onQuery = (message) => {
    if (message.requestId === requestId) console.log(requestId, message.sql);
  };
  dc.subscribe('db:query', onQuery);
  res.on('close', () => dc.unsubscribe('db:query', onQuery));
  res.end('ok');
}).listen(8080);
