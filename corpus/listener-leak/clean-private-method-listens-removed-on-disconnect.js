// The same relay, with the private method taking its listener off the adapter when the
// socket disconnects, which socket.io reports for every socket.
'use strict';
const { Server } = require('socket.io');

class CursorRelay {
  constructor(http) {
    this.io = new Server(http);
    this.io.on('connection', (socket) => this.#welcome(socket));
  }

  #welcome(socket) {
    socket.emit('hello', { id: socket.id });
    this.#relayDepartures(socket);
  }

  #relayDepartures(socket) {
    const rooms = this.io.of('/').adapter;
    const relay = (room, id) => socket.volatile.emit('left', { room, id });
    rooms.on('leave-room', relay);
    socket.once('disconnect', () => rooms.off('leave-room', relay));
  }
}

module.exports = { CursorRelay };
