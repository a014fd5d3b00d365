// Each render job is watched by a poll whose local `done` clears it when the job reports
// 'finished'. A job that ends 'errored' keeps answering, so its poll never stops; the
// retry count is set back on every good answer and bounds nothing.
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
    const timer = setInterval(() => { // expect: uncleared-interval
      this.client.status(jobId).then((status) => {
        retries = 0;
        if (status.phase === 'finished') {
          done();
          this.emit('finished', jobId, status.url);
        }
      }, () => {
        retries += 1;
        if (retries > 3) done();
      });
    }, 1500);
  }
}

module.exports = { RenderWatcher };
