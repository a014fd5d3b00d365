// A module keeps one emitter-based recorder; the function the app calls for each request goes
// through two of its methods to `this.on('done', ...)`, so every request adds a listener (and
// its closure) to the one recorder for good.
const { EventEmitter } = require('node:events');
const util = require('node:util');

function Recorder() {
  EventEmitter.call(this);
}
util.inherits(Recorder, EventEmitter);

Recorder.prototype.watch = function (res, onDone) {
  this.subscribe(onDone);
  res.once('finish', () => this.emit('done', res.statusCode));
};

Recorder.prototype.subscribe = function (listener) {
  if (typeof listener === 'function') this.on('done', listener);
};

const recorder = new Recorder();

module.exports = function recordResponse(req, res, onDone) {
  recorder.watch(res, onDone); // expect: listener-leak
  return recorder;
};
