// A small tracker written in the prototype style: `follow()` listens on the emitter it is
// given and remembers the binding; `stop()` takes them all off again.
function Tracker(owner) {
  this.owner = owner;
  this.bindings = [];
}

Tracker.prototype.follow = function (emitter, event, handler) {
  emitter.on(event, handler);
  this.bindings.push({ emitter, event, handler });
  return this;
};

Tracker.prototype.stop = function () {
  for (const { emitter, event, handler } of this.bindings) emitter.removeListener(event, handler);
  this.bindings.length = 0;
};

module.exports = Tracker;
