// The transport rejects a request whose publish fails and leaves the entry to whoever handles
// the error: `removePending(id)` is public, and the broker's error path calls it with the
// request's id. A removal routine keyed by its parameter may run on any path.
const { EventEmitter } = require('events');

class Transport extends EventEmitter {
  constructor(bus) {
    super();
    this.bus = bus;
    this.pending = new Map();
    this.onReply = ({ id, data }) => {
      const entry = this.pending.get(id);
      if (entry) {
        this.removePending(id);
        entry.resolve(data);
      }
    };
    bus.on('reply', this.onReply);
  }

  close() {
    this.bus.off('reply', this.onReply);
  }

  request(id, body) {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.bus.publish({ id, body }).catch(reject);
    });
  }

  removePending(id) {
    this.pending.delete(id);
  }
}

module.exports = Transport;
