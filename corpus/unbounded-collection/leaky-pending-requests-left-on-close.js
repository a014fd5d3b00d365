// An RPC client keeps a pending entry, with the caller's promise functions, per request, and
// deletes it when the reply comes. Its 'close' listener marks the client closed but neither
// settles nor removes what is in flight: every request pending at a disconnect stays, and the
// client reconnects with the same instance.
const net = require('net');

class RpcClient {
  constructor(port) {
    this.port = port;
    this.seq = 0;
    this.pending = new Map(); // expect: unbounded-collection
    this.connect();
  }

  connect() {
    this.socket = net.connect(this.port);
    this.socket.on('data', (buf) => this._onData(buf));
    this.socket.on('close', () => {
      this.connected = false;
      setTimeout(() => this.connect(), 1000);
    });
  }

  request(method, params) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.write(JSON.stringify({ id, method, params }) + '\n');
    });
  }

  _onData(buf) {
    const { id, result } = JSON.parse(String(buf));
    const waiting = this.pending.get(id);
    if (waiting) {
      this.pending.delete(id);
      waiting.resolve(result);
    }
  }
}

module.exports = RpcClient;
