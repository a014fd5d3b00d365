// Keep-alive reuses sockets, so each one is instrumented on its first request only: the
// WeakSet check returns early for a socket that already has its listeners.
const https = require('https');

const agent = new https.Agent({ keepAlive: true });
const instrumented = new WeakSet();

function fetchStatus(host, onError) {
  const req = https.get({ host, path: '/status', agent }, (res) => res.resume());
  req.on('socket', (socket) => {
    if (instrumented.has(socket)) return;
    instrumented.add(socket);
    socket.on('close', (hadError) => {
      if (hadError) onError(host);
    });
  });
  return req;
}

module.exports = { fetchStatus };
