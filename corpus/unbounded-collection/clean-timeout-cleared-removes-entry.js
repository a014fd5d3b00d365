// The same client, whose failed send removes the entry along with its timeout (through a
// method that does both), like the reply does.
class RpcClient {
  constructor(socket) {
    this.socket = socket;
    this.waiting = new Map();
    this.lastId = 0;
    socket.on('message', (raw) => {
      const reply = JSON.parse(raw.toString());
      const entry = this.waiting.get(reply.id);
      if (!entry) return;
      this.waiting.delete(reply.id);
      clearTimeout(entry.timer);
      entry.resolve(reply.result);
    });
  }

  forget(id) {
    this.waiting.delete(id);
  }

  call(method, params) {
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${method} timed out`));
      }, 5000);
      this.waiting.set(id, { resolve, reject, timer });
      this.socket.send(JSON.stringify({ id, method, params }), (error) => {
        if (!error) return;
        clearTimeout(timer);
        this.forget(id);
        reject(error);
      });
    });
  }
}

module.exports = { RpcClient };
