// On 'close' the client fails every call in flight through take(), the same method the reply
// and the timeout use, which deletes the entry: nothing is left in the table.
const { createConnection } = require('node:net');

class LedgerClient {
  constructor(port) {
    this.waiting = new Map();
    this.seq = 0;
    this.socket = createConnection({ port });
    this.socket.setEncoding('utf8');
    this.socket.on('data', (line) => {
      const reply = JSON.parse(line);
      this.take(reply.id)?.resolve(reply.result);
    });
    this.socket.on('close', () => this.failAll(new Error('ledger connection closed')));
  }

  call(method) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.take(id)?.reject(new Error(`${method} timed out`)), 5000);
      this.waiting.set(id, { resolve, reject, timer });
      this.socket.write(`${JSON.stringify({ id, method })}\n`);
    });
  }

  take(id) {
    const entry = this.waiting.get(id);
    if (!entry) return undefined;
    this.waiting.delete(id);
    clearTimeout(entry.timer);
    return entry;
  }

  failAll(err) {
    for (const id of [...this.waiting.keys()]) this.take(id)?.reject(err);
  }
}

module.exports = { ledger: new LedgerClient(7420) };
