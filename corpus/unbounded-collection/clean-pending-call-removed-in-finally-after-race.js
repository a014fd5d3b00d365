'use strict';

const net = require('node:net');

class StockLink {
  constructor() {
    this.socket = net.connect({ host: 'stock.internal', port: 7500 });
    this.waiting = new Map();
    this.seq = 0;
    this.socket.setEncoding('utf8');
    this.socket.on('data', (line) => {
      const { seq, level } = JSON.parse(line);
      const done = this.waiting.get(seq);
      if (done) done(level);
    });
  }

  async level(sku, timeoutMs = 2000) {
    const seq = ++this.seq;
    let timer;
    const answer = new Promise((resolve, reject) => {
      this.waiting.set(seq, resolve);
      timer = setTimeout(() => reject(new Error(`stock for ${sku} timed out`)), timeoutMs);
    });
    this.socket.write(`${JSON.stringify({ seq, sku })}\n`);
    try {
      return await answer;
    } finally {
      clearTimeout(timer);
      this.waiting.delete(seq);
    }
  }
}

module.exports = { StockLink };
