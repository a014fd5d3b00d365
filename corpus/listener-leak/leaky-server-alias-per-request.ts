// A handler keeps the server behind the request's socket in a local and listens there for the
// shutdown: the server serves every request, so every request adds its listener to it.
import http from 'node:http';

http.createServer((req, res) => {
  const server = req.socket.server as http.Server;
  server.on('close', () => res.destroy()); // expect: listener-leak
  res.write('streaming...');
}).listen(8092);
