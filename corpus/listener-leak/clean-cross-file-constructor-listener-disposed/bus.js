// The process-wide message bus: one connection to the broker, shared by every module.
const { EventEmitter } = require('events');

const bus = new EventEmitter();
bus.setMaxListeners(100);

module.exports = { bus };
