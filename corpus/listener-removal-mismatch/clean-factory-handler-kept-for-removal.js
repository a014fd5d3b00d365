// The twin: the handler made for a ticker is kept and that same function is removed.
'use strict';

function createTickerHandler(ticker, sink) {
  const channel = `prices:${ticker}`;
  return (from, raw) => {
    if (from === channel) sink.update(ticker, Number(raw));
  };
}

class PriceFeed {
  constructor(subscriber, sink) {
    this.subscriber = subscriber;
    this.sink = sink;
    this.handlers = new Map();
  }

  async follow(ticker) {
    const handler = createTickerHandler(ticker, this.sink);
    this.handlers.set(ticker, handler);
    this.subscriber.on('message', handler);
    await this.subscriber.subscribe(`prices:${ticker}`);
  }

  async unfollow(ticker) {
    const handler = this.handlers.get(ticker);
    this.handlers.delete(ticker);
    await this.subscriber.unsubscribe(`prices:${ticker}`);
    if (handler) this.subscriber.off('message', handler);
  }
}

module.exports = { PriceFeed };
