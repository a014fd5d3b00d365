'use strict';
// The same pool keeps the pending runs in a set it empties itself: stop() rejects them all,
// and each run leaves the set when it settles, so nothing waits on the pool's end.
const { Worker } = require('node:worker_threads');

class RenderPool {
  constructor(script) {
    this.worker = new Worker(script);
    this.pending = new Set();
  }

  run(job) {
    return new Promise((resolve, reject) => {
      const entry = { resolve, reject };
      this.pending.add(entry);
      this.worker.once('message', (result) => {
        this.pending.delete(entry);
        resolve(result);
      });
      this.worker.postMessage(job);
    });
  }

  async stop() {
    for (const entry of this.pending) entry.reject(new Error('render pool stopped'));
    this.pending.clear();
    await this.worker.terminate();
  }
}

module.exports = { renderPool: new RenderPool(require.resolve('./render-worker')) };
