'use strict';
const { Worker } = require('node:worker_threads');
const express = require('express');

// A few hashing workers, reused for every request.
class HashPool {
  constructor(size) {
    this.free = [];
    for (let i = 0; i < size; i++) this.free.push(new Worker('./hash-worker.js'));
  }

  borrow() {
    const worker = this.free.pop();
    return worker ? Promise.resolve(worker) : new Promise((resolve) => setTimeout(() => resolve(this.borrow()), 10));
  }

  giveBack(worker) {
    this.free.push(worker);
  }

  async hash(password) {
    const worker = await this.borrow();
    return new Promise((resolve, reject) => {
      worker.once('message', (digest) => {
        this.giveBack(worker);
        resolve(digest);
      });
      worker.once('error', reject); // expect: listener-leak
      worker.postMessage(password);
    });
  }
}

const pool = new HashPool(4);
const app = express();
app.post('/signup', express.json(), async (req, res) => {
  res.json({ digest: await pool.hash(req.body.password) });
});

module.exports = app;
