// Adapts a PubSub topic to an async iterator for one client. The subscription id is never read
// again: `return()` only marks the iterator done, so the handler stays on the engine.
function orderUpdates(engine, orderId) {
  const ready = [];
  const takers = [];
  let done = false;

  const subscription = engine.subscribe(`order.${orderId}`, (update) => {
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
      done = true;
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

module.exports = { orderUpdates };
