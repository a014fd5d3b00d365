const http = require('http');
const { link } = require('./link');

const shutdown = new AbortController();

http.createServer(async (req, res) => {
  const own = new AbortController();
  const unlink = link(shutdown.signal, own); // expect: listener-leak
  const reply = await fetch('http://upstream.internal/state', { signal: own.signal });
  res.end(await reply.text());
  unlink();
}).listen(8081);

process.on('SIGTERM', () => shutdown.abort());
