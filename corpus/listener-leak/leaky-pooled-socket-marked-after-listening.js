// The WeakSet is asked, but the socket is marked only after the early return the check
// guards, so the mark comes from another path: every reuse still adds a listener.
const https = require('https');

const agent = new https.Agent({ keepAlive: true });
const failed = new WeakSet();

function fetchStatus(host, onError) {
  const req = https.get({ host, path: '/status', agent }, (res) => res.resume());
  req.on('socket', (socket) => {
    if (failed.has(socket)) return;
    socket.on('close', (hadError) => { // expect: listener-leak
      if (hadError) failed.add(socket);
      onError(host);
    });
  });
  return req;
}

module.exports = { fetchStatus };
