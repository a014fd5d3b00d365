// A reply stops the call's timeout, which would have removed the entry, but only a
// successful reply deletes it: every call answered with an error stays in the map.
const { randomUUID } = require('crypto');

class ReplyBus {
  constructor(transport) {
    this.transport = transport;
    this.waiting = new Map(); // expect: unbounded-collection
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
    if (msg.ok) {
      this.waiting.delete(msg.id);
      entry.resolve(msg.body);
    } else {
      entry.reject(new Error(msg.error));
    }
  }
}

module.exports = { ReplyBus };
