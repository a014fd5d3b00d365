const http = require('http');
const { link } = require('./link');

const shutdown = new AbortController();

http.createServer(async (req, res) => {
  const own = new AbortController();
  const unlink = link(shutdown.signal, own);
  try {
    const reply = await fetch('http://upstream.internal/state', { signal: own.signal });
    res.end(await reply.text());
  } finally {
    unlink();
  }
}).listen(8081);

process.on('SIGTERM', () => shutdown.abort());
