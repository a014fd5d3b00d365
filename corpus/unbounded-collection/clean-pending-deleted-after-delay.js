// The entry is cleaned up by a timer that nobody cancels: it always fires, so the map only
// holds requests of the last few seconds. Deleting after a delay is a normal path.
const { randomUUID } = require('crypto');

class AckTracker {
  constructor(bus) {
    this.bus = bus;
    this.acks = new Map();
  }

  broadcast(packet) {
    const requestId = randomUUID();
    this.acks.set(requestId, { packet, received: 0 });
    setTimeout(() => {
      this.acks.delete(requestId);
    }, 5000);
    this.bus.publish({ requestId, packet });
  }

  onAck(requestId) {
    const entry = this.acks.get(requestId);
    if (entry) entry.received += 1;
  }
}

module.exports = AckTracker;

// A debounce: each call clears the pending timer and arms a new one, so the last one always
// fires and deletes the entry.
const pendingByUser = {};

function recordVisit(userId, page) {
  pendingByUser[userId] = pendingByUser[userId] || { timer: null, pages: [] };
  pendingByUser[userId].pages.push(page);
  clearTimeout(pendingByUser[userId].timer);
  pendingByUser[userId].timer = setTimeout(() => {
    delete pendingByUser[userId];
  }, 5000);
}

module.exports.recordVisit = recordVisit;
