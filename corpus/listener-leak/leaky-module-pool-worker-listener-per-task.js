// The module's one pool hands each task to one of its long-lived workers and listens for
// the answer there; nothing takes the listeners off again, so every task ever run leaves
// two on its worker.
const { Worker } = require('node:worker_threads');
const express = require('express');

class TaskPool {
  constructor(script, size) {
    this.workers = Array.from({ length: size }, () => new Worker(script));
    this.next = 0;
    this.seq = 0;
  }

  run(payload) {
    const worker = this.workers[this.next++ % this.workers.length];
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      worker.on('message', (msg) => {
        if (msg.id === id) resolve(msg.result);
      });
      worker.postMessage({ id, payload });
    });
  }
}

const pool = new TaskPool('./resize-worker.js', 4);
const app = express();
app.post('/resize', express.json(), async (req, res) => {
  res.json(await pool.run(req.body)); // expect: listener-leak
});

module.exports = app;
