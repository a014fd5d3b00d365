const { Server } = require('socket.io');

class Lobby {
  constructor(httpServer) {
    this.players = new Map();
    this.io = new Server(httpServer);
    this.io.on('connection', (socket) => this.admit(socket));
  }

  admit(socket) {
    this.players.set(socket.id, { socket, name: socket.handshake.query.name, since: Date.now() });
    socket.on('leave', () => {
      this.players.delete(socket.id);
      socket.disconnect(true);
    });
    socket.on('disconnect', () => {
      this.players.delete(socket.id);
      this.io.emit('count', this.players.size);
    });
  }
}

module.exports = { Lobby };
