// The same presence table, removing by the key it added under.
class Presence {
  constructor() {
    this.connections = new Map();
  }

  keyFor(userId, socket) {
    return `${userId}:${socket.id}`;
  }

  track(socket) {
    const userId = String(socket.handshake.auth.userId);
    const key = this.keyFor(userId, socket);
    this.connections.set(key, { socket, since: Date.now() });
    socket.on('disconnect', () => {
      this.connections.delete(key);
    });
  }

  online() {
    return this.connections.size;
  }
}

const { Server } = require('socket.io');

const io = new Server(3001);
const presence = new Presence();
io.on('connection', (socket) => presence.track(socket));

module.exports = { Presence, presence };
