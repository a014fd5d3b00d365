// Adapts a PubSub topic to an async iterator for one client; `return()` hands the subscription
// id back to the engine, which takes the handler off.
import type { PubSubEngine } from 'graphql-subscriptions';

export interface OrderUpdate {
  orderId: string;
  status: string;
}

export function orderUpdates(engine: PubSubEngine, orderId: string): AsyncIterableIterator<OrderUpdate> {
  const ready: OrderUpdate[] = [];
  const takers: Array<(r: IteratorResult<OrderUpdate>) => void> = [];
  let done = false;

  const subscription = engine.subscribe(`order.${orderId}`, (update: OrderUpdate) => {
    if (done) return;
    const take = takers.shift();
    if (take) take({ value: update, done: false });
    else ready.push(update);
  }, {});

  return {
    next() {
      const update = ready.shift();
      if (update) return Promise.resolve({ value: update, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => takers.push(resolve));
    },
    async return() {
      if (!done) {
        done = true;
        engine.unsubscribe(await subscription);
      }
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
