'use strict';
const { EventEmitter } = require('events');

class WorkerBridge extends EventEmitter {
  constructor(port, timeoutMs = 5000) {
    super();
    this.port = port;
    this.timeoutMs = timeoutMs;
    this.seq = 0;
    this.inflight = new Map(); // expect: unbounded-collection
    port.on('message', (reply) => this.onReply(reply));
  }

  ask(kind, payload) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${kind} got no answer in ${this.timeoutMs} ms`)), this.timeoutMs);
      this.remember(id, { resolve, reject, timer });
      this.port.postMessage({ id, kind, payload });
    });
  }

  remember(id, entry) {
    this.inflight.set(id, entry);
  }

  onReply(reply) {
    const entry = this.inflight.get(reply.id);
    if (!entry) return;
    this.inflight.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.error) entry.reject(new Error(reply.error));
    else entry.resolve(reply.value);
  }
}

module.exports = { WorkerBridge };
