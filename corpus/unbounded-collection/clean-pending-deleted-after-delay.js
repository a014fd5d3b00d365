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
