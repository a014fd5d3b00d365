const net = require('node:net');

class LineClient {
  constructor(port) {
    this.socket = net.connect(port);
    this.calls = new Map();
    this.seq = 0;
    this.connected = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('close', () => reject(new Error('closed before connect')));
    });
    this.socket.on('data', (chunk) => this.onLine(String(chunk)));
    this.socket.on('close', () => this.abandonAll());
  }

  send(line) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      this.socket.write(`${id} ${line}\n`);
    });
  }

  onLine(raw) {
    const [id, body] = raw.trim().split(' ', 2);
    const call = this.calls.get(Number(id));
    if (!call) return;
    this.calls.delete(Number(id));
    call.resolve(body);
  }

  abandonAll() {
    for (const call of this.calls.values()) call.reject(new Error('connection closed'));
    this.calls.clear();
  }
}

module.exports = { LineClient };
