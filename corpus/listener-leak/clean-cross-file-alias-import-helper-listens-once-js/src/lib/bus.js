// The process's event bus, and a helper that subscribes a handler to one topic.
const { EventEmitter } = require('events');

const bus = new EventEmitter();

function onTopic(topic, handler) {
  bus.on(topic, handler);
}

module.exports = { bus, onTopic };
