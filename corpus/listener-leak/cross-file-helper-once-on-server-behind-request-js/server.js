'use strict';
const http = require('node:http');
const { releaseOnClosing } = require('./shutdown.js');

const server = http.createServer((req, res) => {
  releaseOnClosing(req, res); // expect: listener-leak
  res.end(JSON.stringify({ ok: true, at: Date.now() }));
});

process.once('SIGTERM', () => {
  server.emit('closing');
  server.close();
});

server.listen(8080);
