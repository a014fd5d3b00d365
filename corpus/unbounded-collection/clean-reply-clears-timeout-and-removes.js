// A request/response client over a message port: the timeout removes an unanswered call,
// and the reply stops that timeout and removes the call itself.
class PortClient {
  constructor(port) {
    this.port = port;
    this.seq = 0;
    this.waiting = new Map();
    port.on('message', (msg) => this.onReply(msg));
  }

  ask(method, params) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${method} timed out`));
      }, 10_000);
      this.waiting.set(id, { resolve, timer });
      this.port.postMessage({ id, method, params });
    });
  }

  onReply({ id, result }) {
    const entry = this.waiting.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.waiting.delete(id);
    entry.resolve(result);
  }
}

module.exports = { PortClient };
