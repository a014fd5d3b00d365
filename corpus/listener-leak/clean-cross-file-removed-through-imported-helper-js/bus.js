// A module-level bus with helpers to add and remove a listener on any emitter.
const { EventEmitter } = require('events');

const alerts = new EventEmitter();

function listen(source, fn) {
  source.on('alert', fn);
}

function unlisten(source, fn) {
  source.off('alert', fn);
}

module.exports = { alerts, listen, unlisten };
