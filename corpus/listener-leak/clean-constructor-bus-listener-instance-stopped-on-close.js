// Streaming quotes: each connection's watcher is stopped when the socket closes, and the
// watchers a request makes for one answer are stopped before the response in every branch.
const { EventEmitter } = require('events');
const express = require('express');

const ticker = new EventEmitter();

class PriceWatcher {
  constructor(symbol) {
    this.symbol = symbol;
    this.last = 0;
    this.onTick = (s, price) => {
      if (s === this.symbol) this.last = price;
    };
    ticker.on('tick', this.onTick);
  }

  get price() {
    return this.last;
  }

  stop() {
    ticker.off('tick', this.onTick);
  }
}

const app = express();

app.get('/quote/:symbol', (req, res) => {
  const watcher = new PriceWatcher(req.params.symbol);
  if (!/^[A-Z]{1,5}$/.test(req.params.symbol)) {
    watcher.stop();
    res.status(400).end();
    return;
  }
  const price = watcher.price;
  watcher.stop();
  res.json({ symbol: req.params.symbol, price });
});

app.get('/stream/:symbol', (req, res) => {
  const watcher = new PriceWatcher(req.params.symbol);
  const timer = setInterval(() => res.write(`${watcher.price}\n`), 1000);
  req.on('close', () => {
    clearInterval(timer);
    watcher.stop();
  });
});

app.listen(3000);
