'use strict';

class PriceRelay {
  constructor(feed) {
    this.feed = feed;
  }

  attach(ws) {
    const subs = [];
    ws.on('message', (raw) => {
      const { op, symbol } = JSON.parse(raw);
      if (op === 'book') {
        this.feed.book$(symbol).subscribe((book) => ws.send(JSON.stringify({ symbol, book }))); // expect: dropped-unsubscribe
      } else if (op === 'quote') {
        subs.push(this.feed.quotes$(symbol).subscribe((q) => ws.send(JSON.stringify({ symbol, q }))));
      }
    });
    ws.on('close', () => subs.forEach((s) => s.unsubscribe()));
  }
}

module.exports = { PriceRelay };
