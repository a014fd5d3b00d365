// A client wires its own events in a set-up method that only its constructor calls, through
// `var client = this`: once per instance, as if written in the constructor. A naive matcher
// sees `client.on(...)` inside a prototype method and never a removal.
var EventEmitter = require('events').EventEmitter;
var inherits = require('util').inherits;

module.exports = Client;
inherits(Client, EventEmitter);

function Client(url, options) {
  var client = this;
  EventEmitter.call(client);
  client.url = url;
  client.readyState = 0;
  client.wireEvents(options || {});
}

Client.prototype.wireEvents = function wireEvents(options) {
  var client = this;
  client.on('incoming::open', function () {
    client.readyState = 1;
    client.emit('open');
  });
  client.on('incoming::data', function (data) {
    client.emit('data', options.parse ? JSON.parse(data) : data);
  });
};
