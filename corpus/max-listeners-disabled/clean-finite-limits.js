// Finite raises keep the warning: a leak still shows up, just later.
const { EventEmitter } = require('events');

const bus = new EventEmitter();
bus.setMaxListeners(50);
EventEmitter.defaultMaxListeners = 20;

function grow(emitter) {
  emitter.setMaxListeners(emitter.getMaxListeners() + 1);
}

function expectUnlimited(emitter) {
  // Reading and comparing the limit changes nothing.
  return emitter.getMaxListeners() === 0 || EventEmitter.defaultMaxListeners === Infinity;
}

module.exports = { bus, grow, expectUnlimited };
