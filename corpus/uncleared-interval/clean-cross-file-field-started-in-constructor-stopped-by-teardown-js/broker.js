// Each broker starts its own sampler in the constructor and its stop() stops that sampler:
// brokers come and go (the teardown says so), and each one ends what it started.
'use strict';

const { Sampler } = require('./sampler');

class Broker {
  constructor(options) {
    this.options = options;
    this.sampler = new Sampler(options.sampleEvery || 5000);
    this.sampler.start();
  }

  stop() {
    return Promise.resolve().then(() => {
      if (this.sampler) return this.sampler.stop();
    });
  }
}

module.exports = { Broker };
