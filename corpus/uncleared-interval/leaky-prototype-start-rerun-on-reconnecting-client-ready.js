// ioredis emits 'ready' after the first connect and again after every reconnect; each one
// starts another flush interval over the handle of the running one, which nothing can clear.
'use strict';
var util = require('util');
var EventEmitter = require('events').EventEmitter;
var Redis = require('ioredis');

function Flusher(client, intervalMs) {
  EventEmitter.call(this);
  this.client = client;
  this.intervalMs = intervalMs || 10000;
  this.pending = [];
  this._timer = null;
  var self = this;
  client.on('ready', function () {
    self.start();
  });
}
util.inherits(Flusher, EventEmitter);

Flusher.prototype.start = function () {
  var self = this;
  this._timer = setInterval(function () { // expect: uncleared-interval
    self.flush();
  }, this.intervalMs);
};

Flusher.prototype.flush = function () {
  var batch = this.pending.splice(0);
  if (batch.length) this.client.rpush('events', batch);
};

Flusher.prototype.stop = function () {
  clearInterval(this._timer);
  this._timer = null;
};

module.exports = new Flusher(new Redis(process.env.REDIS_URL));
