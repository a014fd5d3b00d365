// The 'close' rejects every query in flight and then empties the map before reconnecting.
const net = require('net');
const { EventEmitter } = require('events');

class WireClient extends EventEmitter {
  constructor(port) {
    super();
    this.port = port;
    this.inflight = new Map();
    this.tag = 0;
    this.connect();
  }

  connect() {
    const sock = net.connect(this.port);
    this.socket = sock;
    sock.on('data', (chunk) => {
      const frame = JSON.parse(String(chunk));
      const query = this.inflight.get(frame.tag);
      if (!query) return;
      this.inflight.delete(frame.tag);
      query.resolve(frame.rows);
    });
    sock.on('close', () => {
      for (const query of this.inflight.values()) query.reject(new Error('connection closed'));
      this.inflight.clear();
      setTimeout(() => this.connect(), 1000);
    });
  }

  query(sql) {
    const tag = ++this.tag;
    return new Promise((resolve, reject) => {
      this.inflight.set(tag, { resolve, reject });
      this.socket.write(`${JSON.stringify({ tag, sql })}\n`);
    });
  }
}

module.exports = { WireClient };
