// The lobby records each player when the socket connects and forgets them on disconnect. Their
// rating arrives later, and `rate()` writes the record back after the lookup without asking
// whether the player is still there: one who leaves during the lookup is recorded for good.
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
    const player = this.players.get(socketId) || { name, rating: null };
    this.players.set(socketId, { ...player, rating }); // expect: unbounded-collection
  }

  size() {
    return this.players.size;
  }
}

module.exports = { Lobby };
