// The removal waits for the signal's 'abort', but nothing ever aborts the controller: every
// request leaves its SIGHUP listener, and its response, on the process.
const http = require('http');

http.createServer((req, res) => {
  const controller = new AbortController();
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const reloaded = () => res.write('event: reload\ndata: {}\n\n');
  process.on('SIGHUP', reloaded); // expect: listener-leak
  controller.signal.addEventListener('abort', () => process.off('SIGHUP', reloaded), { once: true });
}).listen(8020);
