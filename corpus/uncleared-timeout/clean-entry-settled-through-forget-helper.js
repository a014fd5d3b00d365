// A job broker waits for each worker's result with a deadline that also drops the waiting
// entry. A result that arrives first settles the entry through one helper, which clears the
// deadline before it drops the entry.
'use strict';

class Broker {
  constructor(workers) {
    this.workers = workers;
    this.waiting = {};
    this.seq = 0;
  }

  dispatch(kind, body) {
    const jobId = `${kind}-${this.seq++}`;
    return new Promise((resolve, reject) => {
      this.waiting[jobId] = {
        resolve,
        reject,
        deadline: setTimeout(() => {
          delete this.waiting[jobId];
          reject(new Error(`job ${jobId} timed out`));
        }, 120000),
      };
      this.workers.emit('job', jobId, kind, body);
    });
  }

  // called by the transport with each worker's result
  settle(jobId, result) {
    const entry = this.waiting[jobId];
    if (!entry) return;
    this.forget(jobId, entry);
    entry.resolve(result);
  }

  forget(jobId, entry) {
    clearTimeout(entry.deadline);
    delete this.waiting[jobId];
  }
}

module.exports = { Broker };
