// The reply loop clears the call's timeout first; an error reply then rejects and `continue`s
// to the next line, skipping the delete below, so each failed call keeps its entry for good.
const net = require('net');

class LineRpc {
  constructor(port) {
    this.pending = new Map(); // expect: unbounded-collection
    this.seq = 0;
    this.buffer = '';
    this.socket = net.connect(port);
    this.socket.setEncoding('utf8');
    this.socket.on('data', (chunk) => this.onData(chunk));
  }

  onData(chunk) {
    const lines = (this.buffer + chunk).split('\n');
    this.buffer = lines.pop();
    for (const line of lines) {
      const reply = JSON.parse(line);
      const waiting = this.pending.get(reply.id);
      if (!waiting) continue;
      clearTimeout(waiting.timer);
      if (reply.error) {
        waiting.reject(new Error(reply.error));
        continue;
      }
      this.pending.delete(reply.id);
      waiting.resolve(reply.result);
    }
  }

  request(method, params) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out`));
      }, 5000);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.write(`${JSON.stringify({ id, method, params })}\n`);
    });
  }
}

module.exports = { LineRpc };
