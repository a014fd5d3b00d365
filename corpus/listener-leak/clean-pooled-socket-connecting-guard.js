// A client request logs when its socket connects, but only when the socket is a new one
// still connecting: a reused keep-alive socket is already connected and gets no listener.
const http = require('http');

const agent = new http.Agent({ keepAlive: true });

function get(url) {
  const req = http.get(url, { agent });
  req.on('socket', (socket) => {
    if (socket.connecting) {
      socket.once('connect', () => console.log('connected to', url));
    }
  });
  return req;
}

module.exports = { get };
