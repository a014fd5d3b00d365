// A server destroys every open connection when it closes, by adding a `once('close')` listener
// to itself for each connection it accepts. A long-running server accepts millions: each
// listener, and the socket it holds, stays until the server closes.
const net = require('net');

class Server extends net.Server {
  constructor() {
    super();
    this.on('connection', (socket) => {
      this.once('close', () => socket.destroy()); // expect: listener-leak
    });
  }
}

module.exports = { Server };
