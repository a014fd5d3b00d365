// The topic module owns its bus and subscribes through the generic helper of another file.
const { EventEmitter } = require('events');
const { subscribe } = require('./subscribe');

const bus = new EventEmitter();

function watchTopic(name, fn) {
  subscribe(bus, `topic:${name}`, fn);
}

function publishTopic(name, payload) {
  bus.emit(`topic:${name}`, payload);
}

module.exports = { watchTopic, publishTopic };
