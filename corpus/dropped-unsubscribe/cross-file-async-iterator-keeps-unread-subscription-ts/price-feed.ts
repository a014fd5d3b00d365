// Turns the process-wide price bus into an async iterator per GraphQL subscription. The
// subscription id is kept in a const that nothing reads: `return()` only stops the iterator,
// so the bus keeps calling (and holding) every iterator a client ever opened.
import { PubSub } from 'graphql-subscriptions';

export const prices = new PubSub();

export interface Tick {
  symbol: string;
  price: number;
}

export function ticksFor(symbol: string): AsyncIterableIterator<Tick> {
  const buffered: Tick[] = [];
  const pulls: Array<(result: IteratorResult<Tick>) => void> = [];
  let closed = false;

  const subscription = prices.subscribe('TICK', (tick: Tick) => {
    if (tick.symbol !== symbol || closed) return;
    const pull = pulls.shift();
    if (pull) pull({ value: tick, done: false });
    else buffered.push(tick);
  });

  const iterator: AsyncIterableIterator<Tick> = {
    next() {
      const tick = buffered.shift();
      if (tick) return Promise.resolve({ value: tick, done: false });
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => pulls.push(resolve));
    },
    async return() {
      closed = true;
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
