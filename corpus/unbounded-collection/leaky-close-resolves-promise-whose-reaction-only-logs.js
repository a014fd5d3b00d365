// The 'close' resolves `closed`, but its reaction only logs: the calls in flight at a
// disconnect stay in the map with their promise functions.
const WebSocket = require('ws');

class RpcClient {
  constructor(url) {
    this.nextId = 1;
    this.pending = new Map(); // expect: unbounded-collection
    this.socket = new WebSocket(url);
    this.closed = new Promise((resolve) => {
      this.socket.once('close', () => resolve());
    });
    this.closed.then(() => console.warn(`connection to ${url} closed`));
    this.socket.on('message', (data) => {
      const reply = JSON.parse(String(data));
      const call = this.pending.get(reply.id);
      if (!call) return;
      this.pending.delete(reply.id);
      call.resolve(reply.result);
    });
  }

  call(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }
}

module.exports = { RpcClient };
