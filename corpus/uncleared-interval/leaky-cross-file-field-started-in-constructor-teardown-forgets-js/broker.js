// The same sampler, but the broker's stop() forgets it: every broker torn down leaves its
// sampler's interval running, with the broker it was made for.
'use strict';

const { Sampler } = require('./sampler');

class Broker {
  constructor(options) {
    this.options = options;
    this.sampler = new Sampler(options.sampleEvery || 5000);
    this.sampler.start(); // expect: uncleared-interval
  }

  stop() {
    this.options = null;
  }
}

module.exports = { Broker };
