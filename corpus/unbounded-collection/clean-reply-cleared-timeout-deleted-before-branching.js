// The same bus deletes the entry before it looks at how the call ended.
const { randomUUID } = require('crypto');

class ReplyBus {
  constructor(transport) {
    this.transport = transport;
    this.waiting = new Map();
  }

  call(body) {
    const id = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error('timed out'));
      }, 10_000);
      this.waiting.set(id, { resolve, reject, timer });
      this.transport.send({ id, body });
    });
  }

  onReply(msg) {
    const entry = msg.id ? this.waiting.get(msg.id) : undefined;
    if (!entry) return;
    clearTimeout(entry.timer);
    this.waiting.delete(msg.id);
    if (msg.ok) {
      entry.resolve(msg.body);
    } else {
      entry.reject(new Error(msg.error));
    }
  }
}

module.exports = { ReplyBus };
