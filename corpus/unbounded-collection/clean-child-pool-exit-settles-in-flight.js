'use strict';
const { fork } = require('child_process');
const path = require('path');

class RenderPool {
  constructor(size = 2) {
    this.children = [];
    this.inflight = new Map();
    this.seq = 0;
    for (let slot = 0; slot < size; slot++) this.start(slot);
  }

  start(slot) {
    const child = fork(path.join(__dirname, 'render-worker.js'));
    child.on('message', (msg) => this.answer(msg));
    child.on('error', (err) => console.error(`render worker ${slot}:`, err.message));
    child.on('exit', (code) => {
      for (const [id, job] of this.inflight) {
        if (job.child !== child) continue;
        this.inflight.delete(id);
        job.reject(new Error(`render worker exited with ${code}`));
      }
      this.start(slot);
    });
    this.children[slot] = child;
  }

  answer(msg) {
    const job = this.inflight.get(msg.id);
    if (!job) return;
    this.inflight.delete(msg.id);
    if (msg.error) job.reject(new Error(msg.error));
    else job.resolve(msg.html);
  }

  render(template, data) {
    const child = this.children[this.seq % this.children.length];
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.inflight.set(id, { resolve, reject, child });
      child.send({ id, template, data });
    });
  }
}

const pool = new RenderPool();
module.exports = { pool };
