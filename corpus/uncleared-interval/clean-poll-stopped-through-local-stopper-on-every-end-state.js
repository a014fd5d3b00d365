// Each render job is watched by a poll whose local `done` clears it when the job reports
// 'finished' or 'errored', the two ways a render ends.
'use strict';

const { EventEmitter } = require('events');

class RenderWatcher extends EventEmitter {
  constructor(client) {
    super();
    this.client = client;
    this.seen = new Set();
  }

  follow(jobId) {
    if (this.seen.has(jobId)) return;
    this.seen.add(jobId);
    let retries = 0;
    const done = () => {
      clearInterval(timer);
      this.seen.delete(jobId);
    };
    const timer = setInterval(() => {
      this.client.status(jobId).then((status) => {
        retries = 0;
        if (status.phase === 'finished' || status.phase === 'errored') {
          done();
          this.emit(status.phase, jobId, status.url);
        }
      }, () => {
        retries += 1;
        if (retries > 3) done();
      });
    }, 1500);
  }
}

module.exports = { RenderWatcher };
