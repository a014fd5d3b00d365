'use strict';
// A client keeps the id of every timer it starts so close() can clear them all, but takes an
// id out only when the timer is cleared early: the ids of timers that fire stay for good.
const _ = require('./util');

function Client(options) {
  this.options = options;
}

Client.prototype.later = function (fn, delay) {
  this._timers = this._timers || []; // expect: unbounded-collection
  const id = setTimeout(fn, delay);
  this._timers.push(id);
  return id;
};

Client.prototype.cancel = function (id) {
  clearTimeout(id);
  const at = this._timers.indexOf(id);
  if (at !== -1) this._timers.splice(at, 1);
};

Client.prototype.close = function () {
  _.each(this._timers, clearTimeout);
};

module.exports = Client;
