// An event facade whose `on()` wraps the caller's function before adding it, and whose
// `off()` removes the caller's function itself, which was never added: the wrapper stays, so
// every on/off cycle leaves one more listener, holding the caller's function, on the emitter.
class EventFacade {
  constructor(emitter) {
    this.emitter = emitter;
  }

  on(event, fn) {
    this.emitter.on(event, (...args) => fn(...args)); // expect: listener-leak
  }

  off(event, fn) {
    this.emitter.off(event, fn);
  }
}

module.exports = EventFacade;
