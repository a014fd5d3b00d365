// Each status check fetches the upstream with a signal that gives up after five seconds.
const http = require('http');
const { abortAfter } = require('./signals');

http.createServer(async (req, res) => {
  const upstream = await fetch('http://127.0.0.1:9000/health', { signal: abortAfter(5000) }); // expect: uncleared-timeout
  res.end(await upstream.text());
}).listen(8092);
