// A container created straight on the exports object or on globalThis is module-level too.
const { EventEmitter } = require('node:events');

const bus = new EventEmitter();
exports.received = []; // expect: unbounded-collection
globalThis.seenIds = new Set(); // expect: unbounded-collection

bus.on('message', (message) => {
  module.exports.received.push(message.body);
  globalThis.seenIds.add(message.id);
});

exports.bus = bus;
