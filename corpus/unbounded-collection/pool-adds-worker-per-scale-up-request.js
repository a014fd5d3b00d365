// `grow()` adds a worker per call and runs from a route: only a worker that fails ever leaves
// the Set, so every scale-up request keeps one more for the life of the pool.
const { Worker } = require('node:worker_threads');
const express = require('express');

class ResizePool {
  constructor(script, size = 4) {
    this.script = script;
    this.workers = new Set(); // expect: unbounded-collection
    for (let i = 0; i < size; i++) this.grow();
  }

  grow() {
    const worker = new Worker(this.script);
    worker.on('error', () => {
      this.workers.delete(worker);
      this.grow();
    });
    this.workers.add(worker);
  }
}

const pool = new ResizePool(require.resolve('./resize-worker.js'));
const app = express();
app.post('/pool/grow', (req, res) => {
  pool.grow();
  res.json({ workers: pool.workers.size });
});

module.exports = app;
