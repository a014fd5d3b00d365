// The module's one hashing client waits for the worker's replies; its 'error' handler only
// logs. After a crash nothing answers, and every later call leaves its promise functions in
// `waiting`.
const { Worker } = require('worker_threads');

class Hasher {
  constructor() {
    this.worker = new Worker('./hash-worker.js');
    this.seq = 0;
    this.waiting = new Map(); // expect: unbounded-collection
    this.worker.on('message', ({ id, digest }) => {
      const call = this.waiting.get(id);
      if (!call) return;
      this.waiting.delete(id);
      call.resolve(digest);
    });
    this.worker.on('error', (err) => console.error('hash worker failed', err));
  }

  hash(text) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, text });
    });
  }
}

module.exports = new Hasher();
