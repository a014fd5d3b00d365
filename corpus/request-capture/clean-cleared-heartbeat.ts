// A heartbeat interval per stream, cleared when the client disconnects.
import http from 'node:http';

http.createServer((req, res) => {
  const heartbeat = setInterval(() => res.write(':\n\n'), 15_000);
  req.on('close', () => clearInterval(heartbeat));
}).listen(8084);
