'use strict';
const WebSocket = require('ws');

// Keeps one connection to the price relay, reconnecting with a growing delay.
class RelayConnection {
  constructor(url) {
    this.url = url;
    this.retries = 0;
    this.retryTimer = null;
  }

  open() {
    const ws = new WebSocket(this.url);
    ws.on('open', () => {
      this.retries = 0;
    });
    ws.on('message', (data) => this.onPrice(JSON.parse(data)));
    ws.on('error', () => this.retryLater());
    ws.on('close', () => this.retryLater());
    this.ws = ws;
  }

  retryLater() {
    const delay = Math.min(30_000, 250 * 2 ** this.retries++);
    this.retryTimer = setTimeout(() => this.open(), delay); // expect: uncleared-timeout
  }

  onPrice(price) {
    process.send?.(price);
  }
}

module.exports = new RelayConnection(process.env.RELAY_URL || 'ws://relay:9000');
module.exports.open();
