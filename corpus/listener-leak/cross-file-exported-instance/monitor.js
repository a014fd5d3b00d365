// A module that exports the one instance of its class. `onSample` adds a listener to that
// instance and offers no way to take it down; callers decide how often it runs.
const { EventEmitter } = require('events');

class Monitor extends EventEmitter {
  onSample(fn) {
    this.on('sample', fn);
  }

  sample(value) {
    this.emit('sample', value);
  }
}

module.exports = new Monitor();
