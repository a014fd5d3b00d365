// Each request sets an idle timeout on the connection's socket with a callback: the callback is
// a 'timeout' listener of the socket, and keep-alive serves many requests on that one socket,
// so every request adds one more listener holding its response.
const http = require('node:http');

http.createServer((req, res) => {
  req.socket.setTimeout(15_000, () => res.end('idle')); // expect: listener-leak
  setImmediate(() => res.end('ok'));
}).listen(8080);
