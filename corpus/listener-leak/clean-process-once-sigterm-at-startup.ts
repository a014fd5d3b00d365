// One SIGTERM listener, registered once at start-up, closes the server and every open response
// it tracks.
import http from 'node:http';

const open = new Set<http.ServerResponse>();
const server = http.createServer((req, res) => {
  open.add(res);
  res.on('close', () => open.delete(res));
  res.write('streaming...');
});

process.once('SIGTERM', () => {
  for (const res of open) res.end('shutting down');
  server.close();
});

server.listen(3000);
