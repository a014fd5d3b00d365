'use strict';
// A pool of render workers. Each run's promise also fails when the pool stops: the executor
// adds one reaction to the pool's `stopped` promise per run, and it stays until the pool ends.
const { Worker } = require('node:worker_threads');

class RenderPool {
  constructor(script) {
    this.worker = new Worker(script);
    this.stopped = new Promise((resolve) => { this.markStopped = resolve; });
  }

  run(job) {
    return new Promise((resolve, reject) => {
      this.stopped.then(() => reject(new Error('render pool stopped')));
      this.worker.once('message', resolve);
      this.worker.postMessage(job);
    });
  }

  async stop() {
    this.markStopped();
    await this.worker.terminate();
  }
}

module.exports = { renderPool: new RenderPool(require.resolve('./render-worker')) };
