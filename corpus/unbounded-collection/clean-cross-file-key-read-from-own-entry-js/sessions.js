'use strict';

class SessionBoard {
  constructor() {
    this.bySocket = new Map();
    this.lastSeen = new Map();
  }

  open(socketId, userId) {
    this.bySocket.set(socketId, { userId, at: Date.now() });
  }

  close(socketId) {
    const entry = this.bySocket.get(socketId);
    if (!entry) return;
    this.bySocket.delete(socketId);
    this.lastSeen.set(entry.userId, Date.now());
    if (this.lastSeen.size > 10000) this.lastSeen.delete(this.lastSeen.keys().next().value);
  }
}

module.exports = { board: new SessionBoard() };
