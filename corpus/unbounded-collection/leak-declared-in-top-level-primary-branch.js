'use strict';

const cluster = require('node:cluster');
const http = require('node:http');

if (cluster.isPrimary) {
  const waiting = new Map(); // expect: unbounded-collection
  let next = 0;
  const worker = cluster.fork();

  worker.on('message', ({ id, body }) => {
    const done = waiting.get(id);
    if (!done) return;
    waiting.delete(id);
    done(body);
  });

  http.createServer((req, res) => {
    const id = next++;
    const timer = setTimeout(() => res.writeHead(504).end(), 2000);
    waiting.set(id, (body) => {
      clearTimeout(timer);
      res.end(body);
    });
    worker.send({ id, url: req.url });
  }).listen(3000);
} else {
  process.on('message', ({ id, url }) => process.send({ id, body: `rendered ${url}` }));
}
