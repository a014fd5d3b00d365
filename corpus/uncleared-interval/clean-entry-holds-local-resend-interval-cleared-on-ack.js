'use strict';
// A publisher resends each event until it is acknowledged. The resend interval is kept in the
// entry under `retry`; the ack handler clears it before it drops the entry.
const { randomUUID } = require('node:crypto');

class Publisher {
  constructor(socket) {
    this.socket = socket;
    this.unacked = new Map();
    socket.on('message', (raw) => this.onAck(JSON.parse(String(raw)).id));
  }

  publish(event) {
    const id = randomUUID();
    const retry = setInterval(() => this.socket.send(JSON.stringify({ id, event })), 5000);
    this.unacked.set(id, { event, retry });
    this.socket.send(JSON.stringify({ id, event }));
    return id;
  }

  onAck(id) {
    const entry = this.unacked.get(id);
    if (!entry) return;
    clearInterval(entry.retry);
    this.unacked.delete(id);
  }

  close() {
    for (const entry of this.unacked.values()) clearInterval(entry.retry);
    this.unacked.clear();
  }
}

module.exports = { Publisher };
