// The same meter, with the removal method called when the client goes away.
'use strict';

const EventEmitter = require('events');
const util = require('util');
const http = require('http');

function Meter() {
  EventEmitter.call(this);
  this.total = 0;
}
util.inherits(Meter, EventEmitter);

Meter.prototype.add = function (bytes) {
  this.total += bytes;
  this.emit('total', this.total);
};

Meter.prototype.onTotal = function (fn) {
  this.on('total', fn);
};

Meter.prototype.offTotal = function (fn) {
  this.removeListener('total', fn);
};

const meter = new Meter();

http.createServer(function (req, res) {
  meter.add(Number(req.headers['content-length'] || 0));
  if (req.url === '/meter') {
    const write = function (total) {
      res.write(total + '\n');
    };
    meter.onTotal(write);
    req.on('close', function () { meter.offTotal(write); });
    return;
  }
  res.end();
}).listen(8050);
