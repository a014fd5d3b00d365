// A document hands out a replication stream per peer. `createStream` is a factory, called
// once per stream, and it reaches the instance through `self`, on a prototype written
// through an alias (`var proto = Doc.prototype`). The stream's 'close' handler removes the
// update listener, but not the 'dispose' one: each closed stream stays on the document.
var EventEmitter = require('events').EventEmitter;
var inherits = require('util').inherits;
var Duplex = require('stream').Duplex;

module.exports = Doc;
inherits(Doc, EventEmitter);

function Doc(id) {
  EventEmitter.call(this);
  this.id = id;
}

var proto = Doc.prototype;

proto.createStream = function (opts) {
  var self = this;
  var stream = new Duplex({ objectMode: true, read: function () {}, write: function (c, e, cb) { cb(); } });
  function onUpdate(update) {
    stream.push(update);
  }
  self.on('_update', onUpdate);
  self.once('dispose', function () { // expect: listener-leak
    stream.end();
  });
  stream.on('close', function () {
    self.removeListener('_update', onUpdate);
  });
  return stream;
};

proto.dispose = function () {
  this.emit('dispose');
};
