// Deliveries being worked on, by their delivery number, so that shutdown can wait for them.
'use strict';
const working = new Map();

function begin(msg) {
  const key = `${msg.fields.consumerTag}/${msg.fields.deliveryTag}`;
  working.set(key, { body: msg.content, since: Date.now() });
  return key;
}

function done(key) {
  working.delete(key);
}

module.exports = { begin, done };
