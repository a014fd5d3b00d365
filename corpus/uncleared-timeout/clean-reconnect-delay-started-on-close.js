// A client socket that reconnects after a delay once its connection closes. The timer's
// callback destroys the old socket and connects again, and its handle is dropped, which a
// naive matcher reads as a watchdog never cleared. But it starts in the 'close' listener:
// the operation has ended already, nothing races it, and one delay is pending at a time.
var net = require('net');
var EventEmitter = require('events').EventEmitter;
var inherits = require('util').inherits;

module.exports = Socket;
inherits(Socket, EventEmitter);

function Socket() {
  EventEmitter.call(this);
  this.retry = 100;
  this.closing = false;
}

Socket.prototype.connect = function (port, host) {
  var self = this;
  var sock = new net.Socket();
  sock.on('close', function () {
    self.connected = false;
    if (self.closing) return self.emit('close');
    var retry = self.retry;
    setTimeout(function () {
      sock.destroy();
      self.connect(port, host);
      self.retry = Math.min(5000, retry * 2);
    }, retry);
  });
  sock.on('connect', function () {
    self.connected = true;
    self.retry = 100;
    self.emit('connect');
  });
  sock.connect(port, host);
  return this;
};
