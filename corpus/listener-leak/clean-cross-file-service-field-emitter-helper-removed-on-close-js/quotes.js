// The feed keeps one emitter for its whole life; `follow()` adds a listener, `unfollow()` takes it off.
const { EventEmitter } = require('node:events');
const { onQuote } = require('./relay');

class QuoteFeed {
  constructor() {
    this.events = new EventEmitter();
  }

  publish(quote) {
    this.events.emit('quote', quote);
  }

  follow(symbol, send) {
    return onQuote(this.events, symbol, send);
  }

  unfollow(listener) {
    this.events.off('quote', listener);
  }
}

module.exports = { QuoteFeed };
