// The same client removes the entry on both ends: the reply, and the timeout (through a method
// of its own, which the rule does not follow into and so trusts).
class RpcClient {
  constructor(transport) {
    this.transport = transport;
    this.seq = 0;
    this.pending = new Map();
  }

  call(method, params, timeoutMs = 5000) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      setTimeout(() => this.expire(id, method), timeoutMs);
      this.transport.send({ id, method, params });
    });
  }

  expire(id, method) {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    if (entry) entry.reject(new Error(`${method} timed out`));
  }

  onReply(message) {
    const entry = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (entry) entry.resolve(message.result);
  }
}

module.exports = RpcClient;
