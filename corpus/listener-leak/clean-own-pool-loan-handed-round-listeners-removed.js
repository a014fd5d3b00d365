// The same pool handing its processes round `assign()` and `giveBack()`, but each job takes its
// 'exit' listener off when the answer comes, so a process goes back to the pool with none.
'use strict';
const { fork } = require('node:child_process');

class RendererPool {
  constructor(script, size) {
    this.ready = [];
    this.queued = [];
    for (let i = 0; i < size; i++) this.ready.push(fork(script));
  }

  submit(job) {
    const child = this.ready.shift();
    if (child === undefined) {
      this.queued.push(job);
      return;
    }
    this.assign(child, job);
  }

  assign(child, job) {
    const onExit = (code) => job.fail(new Error(`renderer exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (out) => {
      child.off('exit', onExit);
      job.done(String(out));
      this.giveBack(child);
    });
    child.send(job.input);
  }

  giveBack(child) {
    const next = this.queued.shift();
    if (next !== undefined) this.assign(child, next);
    else this.ready.push(child);
  }
}

module.exports = { RendererPool };
