// The handler a factory makes for each ticker is kept, and that same function is removed.
import type Redis from 'ioredis';

interface PriceSink {
  update(ticker: string, price: number): void;
}

function createTickerHandler(ticker: string, sink: PriceSink) {
  return (from: string, raw: string): void => {
    if (from === `prices:${ticker}`) sink.update(ticker, Number(raw));
  };
}

export class PriceFeed {
  private readonly handlers = new Map<string, (from: string, raw: string) => void>();

  constructor(private readonly subscriber: Redis, private readonly sink: PriceSink) {}

  async follow(ticker: string): Promise<void> {
    const handler = createTickerHandler(ticker, this.sink);
    this.handlers.set(ticker, handler);
    this.subscriber.on('message', handler);
    await this.subscriber.subscribe(`prices:${ticker}`);
  }

  async unfollow(ticker: string): Promise<void> {
    const handler = this.handlers.get(ticker);
    this.handlers.delete(ticker);
    await this.subscriber.unsubscribe(`prices:${ticker}`);
    if (handler) this.subscriber.off('message', handler);
  }
}
