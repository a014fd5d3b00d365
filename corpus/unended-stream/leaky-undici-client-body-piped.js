// A log tailer forwards each request to a single undici Client and pipes the body on: a
// reader that disconnects early leaves the body paused on the client's only connection.
'use strict';
const undici = require('undici');
const http = require('node:http');

const backend = new undici.Client('http://logs.internal:7000');

http.createServer(async (req, res) => {
  const reply = await backend.request({ path: req.url, method: 'GET' });
  res.writeHead(reply.statusCode, { 'content-type': 'text/plain' });
  reply.body.pipe(res); // expect: unended-stream
}).listen(3152);
