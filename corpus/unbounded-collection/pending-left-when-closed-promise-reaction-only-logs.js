const net = require('net');

class LineClient {
  constructor(port) {
    this.nextId = 0;
    this.waiting = new Map(); // expect: unbounded-collection
    this.socket = net.connect(port);
    this.closed = new Promise((resolve) => {
      this.socket.once('close', resolve);
    });
    this.closed.then(() => this.report());
    this.socket.on('data', (chunk) => this.receive(String(chunk)));
  }

  receive(line) {
    const { id, value } = JSON.parse(line);
    const entry = this.waiting.get(id);
    if (!entry) return;
    this.waiting.delete(id);
    entry.resolve(value);
  }

  report() {
    console.warn(`line client closed after ${this.nextId} questions`);
  }

  ask(question) {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.socket.write(`${JSON.stringify({ id, question })}\n`);
    });
  }
}

module.exports = { LineClient };
