// A handler reaches the server through the request's socket to learn when it shuts down, and
// adds a listener there on every request: the server lives as long as the process, and keeps
// every response the listeners close over.
const http = require('http');

http.createServer((req, res) => {
  res.setHeader('connection', 'keep-alive');
  req.socket.server.on('close', () => res.end('shutting down')); // expect: listener-leak
  res.write('streaming...');
}).listen(8091);
