'use strict';

function Heartbeats(send) {
  this.send = send;
  this.beats = new Map();
}

Heartbeats.prototype.start = function start(peerId, ms) {
  const beat = setInterval(() => this.send(peerId, { type: 'ping', at: Date.now() }), ms);
  this.beats.set(peerId, beat);
};

Heartbeats.prototype.stop = function stop(peerId) {
  clearInterval(this.beats.get(peerId));
  this.beats.delete(peerId);
};

module.exports = Heartbeats;
