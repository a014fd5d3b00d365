// A client request listens on its pooled socket for a timeout, and takes the listener off
// when the Agent frees the socket for the next request. The `once('free')` is consumed every
// time the socket is freed, so neither listener outlives the request.
const http = require('http');

const agent = new http.Agent({ keepAlive: true });

function get(url) {
  const req = http.get(url, { agent });
  req.on('socket', (socket) => {
    const onTimeout = () => req.destroy(new Error('socket timeout'));
    socket.on('timeout', onTimeout);
    socket.once('free', () => socket.removeListener('timeout', onTimeout));
  });
  return req;
}

module.exports = { get };
