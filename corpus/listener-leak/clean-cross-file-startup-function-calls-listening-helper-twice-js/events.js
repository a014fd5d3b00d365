// The module's shipment bus, and a helper that listens on it.
const { EventEmitter } = require('node:events');

const bus = new EventEmitter();

function onShipped(handler) {
  bus.on('shipped', handler);
}

function announceShipped(event) {
  bus.emit('shipped', event);
}

module.exports = { onShipped, announceShipped };
