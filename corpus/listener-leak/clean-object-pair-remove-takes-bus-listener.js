// The registry keeps each name's listener and `remove()` takes it off the bus: a name that is
// no longer watched leaves nothing behind.
const { EventEmitter } = require('events');

const bus = new EventEmitter();

const watchers = {
  listeners: new Map(),
  add(name, fn) {
    const listener = (what) => {
      if (what === name) fn();
    };
    this.listeners.set(name, listener);
    bus.on('change', listener);
  },
  remove(name) {
    const listener = this.listeners.get(name);
    if (listener) bus.off('change', listener);
    this.listeners.delete(name);
  },
};

module.exports = { watchers, bus };
