// The code repeats; the registration does not.
const { EventEmitter } = require('events');

const bus = new EventEmitter();

class Cache {
  constructor() {
    this.entries = new Map();
    this.bound = false;
  }

  get(key) {
    if (!this.bound) {
      bus.on('flush', () => this.entries.clear());
      this.bound = true;
    }
    return this.entries.get(key);
  }

  warm(keys) {
    if (this.warming) return;
    this.warming = true;
    bus.on('warm', () => keys.forEach((k) => this.get(k)));
  }
}

function onceOnly(handler) {
  if (bus.listenerCount('ready') === 0) {
    bus.on('ready', handler);
  }
}

module.exports = { Cache, onceOnly };
