// The fixed shape of the replicating document: the stream's 'close' handler takes down both
// listeners it put on the document, the update listener and the 'dispose' one, so a closed
// stream leaves nothing behind. A naive matcher sees `self.once('dispose', ...)` in a factory.
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
  function onDispose() {
    stream.end();
  }
  self.on('_update', onUpdate);
  self.once('dispose', onDispose);
  stream.on('close', function () {
    self.removeListener('_update', onUpdate);
    self.removeListener('dispose', onDispose);
  });
  return stream;
};

proto.dispose = function () {
  this.emit('dispose');
};
