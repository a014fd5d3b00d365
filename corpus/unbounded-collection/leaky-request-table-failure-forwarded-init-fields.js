// A datagram agent indexes every outgoing request by message id, in a table its constructor
// makes through `this._init()`. The reply handler deletes the entry, but when the sender gives
// up it only forwards its 'error' to the request: every request that fails stays indexed.
var util = require('util');
var events = require('events');

function Agent(opts) {
  if (!(this instanceof Agent)) return new Agent(opts);
  events.EventEmitter.call(this);
  this._opts = opts || {};
  this._init();
}

util.inherits(Agent, events.EventEmitter);

Agent.prototype._init = function initSocket() {
  this._requests = {}; // expect: unbounded-collection
  this._lastId = 0;
};

Agent.prototype.request = function (payload) {
  var that = this;
  var req = new events.EventEmitter();
  var id = that._lastId++;
  that._requests[id] = req;
  req.sender = new Sender(payload, id);
  req.sender.on('error', req.emit.bind(req, 'error'));
  req.sender.send();
  return req;
};

Agent.prototype._handle = function (message) {
  var req = this._requests[message.id];
  if (req) {
    delete this._requests[message.id];
    req.emit('response', message);
  }
};

function Sender(payload, id) {
  events.EventEmitter.call(this);
  this.payload = payload;
  this.id = id;
}
util.inherits(Sender, events.EventEmitter);
Sender.prototype.send = function () {};

module.exports = Agent;
