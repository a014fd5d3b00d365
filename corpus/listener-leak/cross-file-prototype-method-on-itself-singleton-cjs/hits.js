// A prototype-style counter with one instance for the module. `onHit()` registers on the
// instance itself, so every caller's callback stays on it.
const { EventEmitter } = require('events');
const util = require('util');

function Hits() {
  EventEmitter.call(this);
  this.total = 0;
}
util.inherits(Hits, EventEmitter);

Hits.prototype.onHit = function (fn) {
  this.on('hit', fn);
};

Hits.prototype.count = function () {
  this.total += 1;
  this.emit('hit', this.total);
};

const hits = new Hits();
module.exports = { hits, Hits };
