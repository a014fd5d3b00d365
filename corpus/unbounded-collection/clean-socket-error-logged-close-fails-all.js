// The client's socket reports failures on 'error' (logged only) and always closes after one;
// its 'close' listener rejects every call in flight and empties the table.
const net = require('net');

class LineRpc {
  constructor(port) {
    this.seq = 0;
    this.inFlight = new Map();
    this.socket = net.connect(port);
    this.socket.on('data', (chunk) => {
      const { id, result } = JSON.parse(String(chunk));
      const call = this.inFlight.get(id);
      if (!call) return;
      this.inFlight.delete(id);
      call.resolve(result);
    });
    this.socket.on('error', (err) => console.warn('rpc socket', err.message));
    this.socket.on('close', () => {
      for (const call of this.inFlight.values()) call.reject(new Error('connection closed'));
      this.inFlight.clear();
    });
  }

  call(method, params) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.inFlight.set(id, { resolve, reject });
      this.socket.write(JSON.stringify({ id, method, params }) + '\n');
    });
  }
}

module.exports = new LineRpc(7100);
