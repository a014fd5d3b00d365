// The facade keeps each wrapper in a map keyed by the caller's function, and `off()` removes
// the wrapper it finds there, the function that was actually added.
class EventFacade {
  constructor(emitter) {
    this.emitter = emitter;
    this.wrappers = new Map();
  }

  on(event, fn) {
    const wrapper = (...args) => fn(...args);
    this.wrappers.set(fn, wrapper);
    this.emitter.on(event, wrapper);
  }

  off(event, fn) {
    const wrapper = this.wrappers.get(fn);
    if (wrapper) {
      this.emitter.off(event, wrapper);
      this.wrappers.delete(fn);
    }
  }
}

module.exports = EventFacade;
