// A mixin emitter whose off() with no arguments drops every listener, and whose off(event)
// drops all of one event's: neither names a handler, so neither can name the wrong one.
export class Channel {
  constructor(emitter) {
    this.emitter = emitter;
    this.onMessage = (message) => this.received.push(message);
    this.received = [];
  }

  open() {
    this.emitter.on('message', this.onMessage);
  }

  reset() {
    this.emitter.off('message');
  }

  close() {
    this.emitter.off();
    this.received.length = 0;
  }
}
