// follow() registers a handler made for the ticker; unfollow() makes another one to remove,
// which was never registered, so the first stays on the shared subscriber.
import type Redis from 'ioredis';
import { createTickerHandler, type PriceSink } from './handlers';

export class PriceFeed {
  constructor(private readonly subscriber: Redis, private readonly sink: PriceSink) {}

  async follow(ticker: string): Promise<void> {
    this.subscriber.on('message', createTickerHandler(ticker, this.sink));
    await this.subscriber.subscribe(`prices:${ticker}`);
  }

  async unfollow(ticker: string): Promise<void> {
    await this.subscriber.unsubscribe(`prices:${ticker}`);
    this.subscriber.off('message', createTickerHandler(ticker, this.sink)); // expect: listener-removal-mismatch
  }
}
