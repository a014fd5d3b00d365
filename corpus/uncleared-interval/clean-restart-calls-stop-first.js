// The timers restart on every reconnect, but `startTimers()` calls `stopTimers()` first, which
// clears the running ones: one set of timers at a time.
const { EventEmitter } = require('events');

class Discoverer {
  constructor(bus) {
    this.bus = bus;
    this.beatTimer = null;
    this.sweepTimer = null;
    bus.on('connected', () => this.startTimers());
    bus.on('disconnected', () => this.stopTimers());
  }

  startTimers() {
    this.stopTimers();
    this.beatTimer = setInterval(() => this.bus.emit('beat'), 5000);
    this.sweepTimer = setInterval(() => this.bus.emit('sweep'), 60000);
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

module.exports = new Discoverer(new EventEmitter());
