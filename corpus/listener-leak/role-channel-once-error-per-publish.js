// An AMQP-style channel lives as long as its connection. Every confirmed publish adds a `once`
// for the channel's 'error', which stays until an error comes: one more per message.
const { EventEmitter } = require('events');
const util = require('util');

function Channel(connection, id) {
  EventEmitter.call(this);
  this.connection = connection;
  this.id = id;
  this.sequence = 0;
}
util.inherits(Channel, EventEmitter);

Channel.prototype.publish = function (routingKey, body, callback) {
  const sequence = ++this.sequence;
  this.connection.write({ channel: this.id, sequence, routingKey, body });
  this.once('error', () => callback(new Error(`publish ${sequence} failed`))); // expect: listener-leak
  this.connection.once(`ack:${this.id}:${sequence}`, () => callback(null));
};

function openChannel(connection, id) {
  return new Channel(connection, id);
}

module.exports = { openChannel };
