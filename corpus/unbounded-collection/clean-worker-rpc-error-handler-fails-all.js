// The 'error' and 'exit' handlers reject everything in flight and empty the table.
const { Worker } = require('worker_threads');

class Hasher {
  constructor() {
    this.worker = new Worker('./hash-worker.js');
    this.seq = 0;
    this.waiting = new Map();
    this.worker.on('message', ({ id, digest }) => {
      const call = this.waiting.get(id);
      if (!call) return;
      this.waiting.delete(id);
      call.resolve(digest);
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`hash worker exited ${code}`)));
  }

  failAll(err) {
    for (const call of this.waiting.values()) call.reject(err);
    this.waiting.clear();
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
