// The same tailer destroys the body when the reader's response closes before it ends.
'use strict';
const undici = require('undici');
const http = require('node:http');

const backend = new undici.Client('http://logs.internal:7000');

http.createServer(async (req, res) => {
  const reply = await backend.request({ path: req.url, method: 'GET' });
  res.writeHead(reply.statusCode, { 'content-type': 'text/plain' });
  res.on('close', () => reply.body.destroy());
  reply.body.pipe(res);
}).listen(3153);
