// A watcher registry written as an object literal: `add()` listens on the module's bus for
// one name, and `remove()`, which undoes it, forgets the listener, so every name ever watched
// leaves a listener, with its callback, on the bus.
const { EventEmitter } = require('events');

const bus = new EventEmitter();

const watchers = {
  names: new Set(),
  add(name, fn) {
    this.names.add(name);
    bus.on('change', (what) => { // expect: listener-leak
      if (what === name) fn();
    });
  },
  remove(name) {
    this.names.delete(name);
  },
};

module.exports = { watchers, bus };
