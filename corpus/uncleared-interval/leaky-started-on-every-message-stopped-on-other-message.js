'use strict';

class TickerSession {
  constructor(ws) {
    this.ws = ws;
    this.ticker = null;
    ws.on('message', (raw) => {
      const { op } = JSON.parse(raw);
      if (op === 'start') this.beginTicks();
    });
    ws.on('message', (raw) => {
      if (JSON.parse(raw).op === 'stop') this.endTicks();
    });
  }

  beginTicks() {
    this.ticker = setInterval(() => this.ws.send(JSON.stringify({ at: Date.now() })), 1000); // expect: uncleared-interval
  }

  endTicks() {
    clearInterval(this.ticker);
  }
}

module.exports = { TickerSession };
