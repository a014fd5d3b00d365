// One upstream connection, shared by every browser: handlers per symbol, in a Set each.
const EventEmitter = require('events');

class QuoteHub {
  constructor() {
    this.bySymbol = new Map();
    this.upstream = new EventEmitter();
    this.upstream.on('quote', (q) => {
      const handlers = this.bySymbol.get(q.symbol);
      if (handlers) for (const handler of handlers) handler(q);
    });
  }

  watch(symbol, handler) {
    let handlers = this.bySymbol.get(symbol);
    if (!handlers) {
      handlers = new Set();
      this.bySymbol.set(symbol, handlers);
    }
    handlers.add(handler);
  }

  unwatch(symbol, handler) {
    const handlers = this.bySymbol.get(symbol);
    if (!handlers) return;
    handlers.delete(handler);
    if (handlers.size === 0) this.bySymbol.delete(symbol);
  }
}

module.exports = { hub: new QuoteHub() };
