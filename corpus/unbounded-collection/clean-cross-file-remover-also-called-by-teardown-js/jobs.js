'use strict';

class JobBoard {
  constructor() {
    this.running = new Map();
  }

  start(jobId, info) {
    this.running.set(jobId, { ...info, startedAt: Date.now() });
  }

  finish(jobId) {
    this.running.delete(jobId);
  }

  shutdown() {
    for (const jobId of [...this.running.keys()]) this.finish(jobId);
  }
}

module.exports = { JobBoard };
