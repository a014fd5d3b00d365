// The twin: the helper keeps one note per job name, which the runner's handler table bounds,
// not one per run.
'use strict';

function noteRun(table, job) {
  table.set(job, { job, lastStartedAt: Date.now() });
}

class JobRunner {
  constructor(handlers) {
    this.handlers = handlers;
    this.runs = new Map();
  }

  async run(job, payload) {
    if (!Object.prototype.hasOwnProperty.call(this.handlers, job)) throw new Error(`unknown job ${job}`);
    noteRun(this.runs, job);
    await this.handlers[job](payload);
  }
}

module.exports = { JobRunner };
