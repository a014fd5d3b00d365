'use strict';

const { WebSocketServer } = require('ws');

class TickerHub {
  constructor(port) {
    this.tickers = new Map();
    this.wss = new WebSocketServer({ port });
    this.wss.on('connection', (ws) => this.attach(ws)); // expect: uncleared-interval
  }

  attach(ws) {
    const ticker = setInterval(() => ws.send(JSON.stringify({ at: Date.now() })), 5000);
    this.tickers.set(ws, ticker);
    ws.on('error', () => this.detach(ws));
  }

  detach(ws) {
    clearInterval(this.tickers.get(ws));
    this.tickers.delete(ws);
  }

  close() {
    for (const ws of this.tickers.keys()) this.detach(ws);
    this.wss.close();
  }
}

module.exports = { TickerHub };
