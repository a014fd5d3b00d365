// Price alerts by symbol; subscribe() hands back what unsubscribes.
const { EventEmitter } = require('events');

class AlertFeed extends EventEmitter {
  subscribe(symbol, handler) {
    this.on(symbol, handler);
    return () => this.off(symbol, handler);
  }
}

module.exports = { AlertFeed };
