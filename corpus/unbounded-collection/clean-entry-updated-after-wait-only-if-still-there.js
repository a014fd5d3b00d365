// The lobby records each player when the socket connects and forgets them on disconnect. Their
// rating arrives later, and `rate()` fills it in only if the player is still there once the
// lookup answers.
'use strict';

class Lobby {
  constructor(ratings) {
    this.ratings = ratings;
    this.players = new Map();
  }

  join(socket) {
    this.players.set(socket.id, { name: socket.data.name, rating: null });
    socket.on('disconnect', () => this.players.delete(socket.id));
    this.rate(socket.id, socket.data.name).catch(() => undefined);
  }

  async rate(socketId, name) {
    const rating = await this.ratings.lookup(name);
    const player = this.players.get(socketId);
    if (!player) return;
    this.players.set(socketId, { ...player, rating });
  }

  size() {
    return this.players.size;
  }
}

module.exports = { Lobby };
