// The server keeps its open connections in a Set it prunes on each close, and registers one
// 'close' listener, in the constructor, that destroys what is left.
const net = require('net');

class Server extends net.Server {
  constructor() {
    super();
    this.connections = new Set();
    this.on('connection', (socket) => {
      this.connections.add(socket);
      socket.on('close', () => this.connections.delete(socket));
    });
    this.once('close', () => {
      for (const socket of this.connections) socket.destroy();
    });
  }
}

module.exports = { Server };
