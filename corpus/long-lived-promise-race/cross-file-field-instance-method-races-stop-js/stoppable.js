'use strict';
// Settles `stopped` once, when stop() is called, and lets callers race their work against it.
class Stoppable {
  constructor() {
    this.stopped = new Promise((resolve) => {
      this.markStopped = resolve;
    });
  }

  stop() {
    this.markStopped();
  }

  race(work) {
    return Promise.race([work, this.stopped]);
  }
}

module.exports = { Stoppable };
