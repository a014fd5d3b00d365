// A client keeps an audit trail of the calls it makes. The push sits in a small method of its
// own, handed a record made fresh by every call of `send()`; nothing ever trims the trail.
const { EventEmitter } = require('events');

class RpcClient extends EventEmitter {
  constructor(transport) {
    super();
    this.transport = transport;
    this.journal = []; // expect: unbounded-collection
  }

  note(entry) {
    this.journal.push(entry);
  }

  send(command, payload) {
    this.note({ command, size: JSON.stringify(payload).length, at: Date.now() });
    return this.transport.write(command, payload);
  }
}

module.exports = RpcClient;
