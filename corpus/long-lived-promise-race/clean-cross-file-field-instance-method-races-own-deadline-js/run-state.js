'use strict';
// A worker's run state; a wait races the work against a deadline made for that wait alone,
// cleared as soon as the race is decided.
const LATE = Symbol('late');

class RunState {
  running = false;

  begin() {
    this.running = true;
  }

  halt() {
    this.running = false;
  }

  async within(work, ms) {
    let timer;
    const late = new Promise((resolve) => {
      timer = setTimeout(() => resolve(LATE), ms);
    });
    try {
      return await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

module.exports = { LATE, RunState };
