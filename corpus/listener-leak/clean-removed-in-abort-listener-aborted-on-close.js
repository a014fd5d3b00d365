// The SIGHUP listener is removed by the signal's 'abort' listener, and the request's 'close'
// aborts the controller: every end of the request removes it.
const http = require('http');

http.createServer((req, res) => {
  const controller = new AbortController();
  req.on('close', () => controller.abort());
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const reloaded = () => res.write('event: reload\ndata: {}\n\n');
  process.on('SIGHUP', reloaded);
  controller.signal.addEventListener('abort', () => process.off('SIGHUP', reloaded), { once: true });
}).listen(8020);
