'use strict';

const http = require('node:http');
const { WorkerLink } = require('./worker-link');

http.createServer((req, res) => {
  const link = new WorkerLink(7001); // expect: unbounded-collection
  link.send(req.url);
  res.on('close', () => link.close());
  res.end('queued');
}).listen(3000);

process.once('SIGTERM', () => WorkerLink.closeAll());
