// The feed keeps one emitter for its whole life; every `follow()` adds a listener to it.
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
}

module.exports = { QuoteFeed };
