// The same containers, emptied: one by a reset, one when the message is acknowledged.
const { EventEmitter } = require('node:events');

const bus = new EventEmitter();
exports.received = [];
globalThis.seenIds = new Set();

bus.on('message', (message) => {
  exports.received.push(message.body);
  globalThis.seenIds.add(message.id);
});

bus.on('ack', (message) => {
  globalThis.seenIds.delete(message.id);
  if (exports.received.length > 100) exports.received = [];
});

exports.bus = bus;
