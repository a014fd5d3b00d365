// The transport keeps the handle of every request timeout so that `close()` can clear them
// all. A handle leaves the list only when its timer is cleared early; a timeout that fires
// (most do not get cleared) keeps its handle, and the callback it holds, for good.
function Transport(options) {
  this.options = options;
  this._timers = []; // expect: unbounded-collection
}

Transport.prototype.schedule = function (callback, delay) {
  var handle = setTimeout(callback, delay);
  this._timers.push(handle);
  return handle;
};

Transport.prototype.cancel = function (handle) {
  if (handle) {
    clearTimeout(handle);
    var at = this._timers.indexOf(handle);
    if (at !== -1) this._timers.splice(at, 1);
  }
};

Transport.prototype.close = function () {
  this._timers.forEach(clearTimeout);
  this._timers = [];
};

module.exports = Transport;
