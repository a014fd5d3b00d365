// The fixed agent: when the sender gives up it emits 'timeout', and that listener aborts the
// request, which deletes its entry; the 'error' it forwards comes with the timeout, which
// removes the entry. A naive matcher sees an entry deleted only in the reply handler.
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
  this._requests = {};
  this._lastId = 0;
};

Agent.prototype.request = function (payload) {
  var that = this;
  var req = new events.EventEmitter();
  var id = that._lastId++;
  req.id = id;
  that._requests[id] = req;
  req.sender = new Sender(payload, id);
  req.sender.on('error', req.emit.bind(req, 'error'));
  req.sender.on('timeout', function (err) {
    req.emit('timeout', err);
    that.abort(req);
  });
  req.sender.send();
  return req;
};

Agent.prototype.abort = function (req) {
  delete this._requests[req.id];
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
