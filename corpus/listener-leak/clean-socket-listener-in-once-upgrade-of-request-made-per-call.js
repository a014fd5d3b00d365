// A WebSocket proxy pass: each call makes its own upstream request, whose 'upgrade' comes at
// most once, and only then listens on the client socket it was handed. One listener per call
// on that call's own socket.
const http = require('http');

function proxyUpgrade(req, socket, target) {
  const upstream = http.request({ host: target.host, port: target.port, path: req.url, headers: req.headers });
  upstream.on('error', () => socket.destroy());
  upstream.on('upgrade', (res, upstreamSocket, head) => {
    socket.on('error', () => upstreamSocket.end());
    upstreamSocket.on('error', () => socket.end());
    if (head && head.length) upstreamSocket.unshift(head);
    upstreamSocket.pipe(socket).pipe(upstreamSocket);
  });
  upstream.end();
}

const server = http.createServer((req, res) => res.end('ok'));
server.on('upgrade', (req, socket) => proxyUpgrade(req, socket, { host: '127.0.0.1', port: 9000 }));
server.listen(8080);
