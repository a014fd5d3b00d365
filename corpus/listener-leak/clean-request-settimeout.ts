// The timeout is set on the request, which is made per request and listens for it itself; the
// socket's own timeout is set without a callback, which adds no listener.
import http from 'node:http';

http.createServer((req, res) => {
  req.setTimeout(15_000, () => res.end('idle'));
  req.socket.setTimeout(60_000);
  setImmediate(() => res.end('ok'));
}).listen(8080);
