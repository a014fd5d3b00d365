// The timers restart on every reconnect, but `startTimers()` calls `stopTimers()` first, which
// clears the running ones: one set of timers at a time.
const { EventEmitter } = require('events');

const bus = new EventEmitter();

class Discoverer {
  constructor() {
    this.beatTimer = null;
    this.sweepTimer = null;
  }

  startTimers() {
    this.stopTimers();
    this.beatTimer = setInterval(() => bus.emit('beat'), 5000);
    this.sweepTimer = setInterval(() => bus.emit('sweep'), 60000);
  }

  stopTimers() {
    if (this.beatTimer) {
      clearInterval(this.beatTimer);
      this.beatTimer = null;
    }
    if (this.sweepTimer) {
      clearInterval(this.sweepTimer);
      this.sweepTimer = null;
    }
  }
}

const discoverer = new Discoverer();
bus.on('connected', () => discoverer.startTimers());
bus.on('disconnected', () => discoverer.stopTimers());

module.exports = { bus };
