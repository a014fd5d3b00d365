// A channel wrapper forwards the events of the core channel it owns through a helper of the
// module, once, when it is made. A naive matcher sees `source.on(...)` in a helper called from
// a method; the helper's listeners go on an object the instance owns and dies with.
const { EventEmitter } = require('events');

function forwardEvents(source, target) {
  ['close', 'error', 'return'].forEach((eventName) => {
    source.on(eventName, (...args) => target.emit(eventName, ...args));
  });
}

class Channel extends EventEmitter {
  constructor(connection) {
    super();
    this._core = new EventEmitter();
    this._connection = connection;
    this.wire();
  }

  wire() {
    forwardEvents(this._core, this);
  }
}

module.exports = Channel;
