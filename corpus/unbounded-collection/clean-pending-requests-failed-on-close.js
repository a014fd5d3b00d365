// The RPC client's 'close' handler fails every request in flight and empties the table, so a
// disconnect leaves nothing behind. A naive matcher sees entries deleted only in the reply
// handler.
const net = require('net');

class RpcClient {
  constructor(port) {
    this.port = port;
    this.seq = 0;
    this.pending = new Map();
    this.connect();
  }

  connect() {
    this.socket = net.connect(this.port);
    this.socket.on('data', (buf) => this._onData(buf));
    this.socket.on('close', () => this._failPending(new Error('connection closed')));
  }

  _failPending(error) {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
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
