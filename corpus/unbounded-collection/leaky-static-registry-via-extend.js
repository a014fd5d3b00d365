// The constructor's statics are put on with `_.extend`, among them a registry of every
// instance ever made; nothing removes a client from it, so a disconnected client stays
// reachable (with its connection and closures) for the life of the process.
var _ = require('underscore');

var Client = function (key, options) {
  return this.initialize(key, options);
};

_.extend(Client, {
  instances: [], // expect: unbounded-collection
  autoConnect: true,
});

_.extend(Client.prototype, {
  initialize: function (key, options) {
    this.key = key;
    this.options = options || {};
    Client.instances.push(this);
    return this;
  },
  disconnect: function () {
    this.connected = false;
  },
});

module.exports = Client;
