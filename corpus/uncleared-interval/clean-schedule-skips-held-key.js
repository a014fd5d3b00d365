'use strict';

class Heartbeats {
  constructor(send) {
    this.send = send;
    this.beats = new Map();
  }

  start(peerId, ms) {
    if (this.beats.has(peerId)) return;
    const beat = setInterval(() => this.send(peerId, { type: 'ping', at: Date.now() }), ms);
    this.beats.set(peerId, beat);
  }

  stop(peerId) {
    clearInterval(this.beats.get(peerId));
    this.beats.delete(peerId);
  }
}

module.exports = Heartbeats;
