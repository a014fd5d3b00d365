// The same handler takes its listener off the server when the response closes; a listener on
// the request's own socket is per connection and stays quiet.
import { createServer } from 'node:http';

createServer((req, res) => {
  const server = req.socket.server as import('node:http').Server;
  const onClose = () => res.end('shutting down');
  server.on('close', onClose);
  res.on('close', () => server.off('close', onClose));
  res.write('streaming...');
}).listen(8092);
