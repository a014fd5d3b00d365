// A price ticker: `watch()` registers the caller's function on the ticker itself.
const { EventEmitter } = require('events');

class PriceTicker extends EventEmitter {
  watch(symbol, fn) {
    this.on(`price:${symbol}`, fn);
  }

  publish(symbol, price) {
    this.emit(`price:${symbol}`, price);
  }
}

module.exports = { PriceTicker };
