// The Map is grown through a local alias; an alias is the same object.
const { EventEmitter } = require('events');

const bus = new EventEmitter();
const registry = new Map(); // expect: unbounded-collection

bus.on('register', (message) => {
  const table = registry;
  table.set(message.name, message.handler);
});

module.exports = bus;
