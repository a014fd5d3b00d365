// A sampler whose start() arms an interval it keeps and whose stop() clears it.
'use strict';

class Sampler {
  constructor(every) {
    this.every = every;
    this.timer = null;
    this.samples = 0;
  }

  start() {
    this.timer = setInterval(() => { this.samples += 1; }, this.every);
  }

  stop() {
    clearInterval(this.timer);
  }
}

module.exports = { Sampler };
