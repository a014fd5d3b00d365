'use strict';
const { Server } = require('socket.io');

class RoomDirectory {
  constructor() {
    this.members = new Map();
  }

  join(room, socket) {
    let sockets = this.members.get(room);
    if (!sockets) {
      sockets = new Set();
      this.members.set(room, sockets);
    }
    sockets.add(socket);
  }

  leave(room, socket) {
    const sockets = this.members.get(room);
    if (!sockets) return;
    sockets.delete(socket);
    if (sockets.size === 0) this.members.delete(room);
  }
}

const directory = new RoomDirectory();
const io = new Server(8080);

io.on('connection', (socket) => {
  const joined = new Set();
  socket.on('join', (room) => {
    joined.add(room);
    directory.join(`doc:${room}`, socket);
  });
  socket.on('leave', (room) => {
    joined.delete(room);
    directory.leave(`doc:${room}`, socket);
  });
  socket.on('disconnect', () => {
    for (const room of joined) directory.leave(`doc:${room}`, socket);
  });
});

module.exports = { directory };
