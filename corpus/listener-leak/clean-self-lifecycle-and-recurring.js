// Registrations on the instance that do not pile up: in connect() and close(), once per
// life; `once('drain')` per write, which every drain consumes; an `onMessage(fn)` API that
// registers what its caller hands it.
const { EventEmitter } = require('events');

class Channel extends EventEmitter {
  connect() {
    this.on('message', (m) => this.route(m));
  }

  write(chunk, cb) {
    if (!this.push(chunk)) this.once('drain', cb);
  }

  onMessage(fn) {
    this.on('message', fn);
    return () => this.off('message', fn);
  }

  close() {
    this.once('close', () => this.removeAllListeners());
    this.emit('close');
  }

  route() {}
  push() { return true; }
}

module.exports = Channel;
