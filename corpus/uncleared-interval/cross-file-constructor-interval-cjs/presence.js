// One presence tracker per connected client; it announces the client every ten seconds.
class Presence {
  constructor(socket, room) {
    this.socket = socket;
    this.room = room;
    this.announcer = setInterval(() => this.socket.to(this.room).emit('here', this.socket.id), 10_000);
  }

  leave() {
    this.socket.leave(this.room);
  }
}

module.exports = { Presence };
