import { EventEmitter } from 'node:events';
import type { ServerWritableStream } from '@grpc/grpc-js';

interface Price { symbol: string; bid: number }

export const prices = new EventEmitter();

export const priceService = {
  Watch(call: ServerWritableStream<{ symbol: string }, Price>) {
    const forward = (price: Price) => {
      if (price.symbol === call.request.symbol) call.write(price);
    };
    prices.on('tick', forward);
    call.on('cancelled', () => prices.off('tick', forward));
  },
};
