// Waiting for an order's status on the app's store: the disposer runs when the status comes,
// but an abort rejects the wait and leaves the store listener (and its closure) in place.
const { createStore } = require('redux');

const store = createStore((state = { orders: {} }, action) =>
  action.type === 'order' ? { orders: { ...state.orders, [action.id]: action.status } } : state);

function waitForStatus(id, wanted, signal) {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (store.getState().orders[id] !== wanted) return;
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
      resolve(wanted);
    };
    const onAbort = () => reject(new Error('aborted'));
    const unsubscribe = store.subscribe(check); // expect: dropped-unsubscribe
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

module.exports = { store, waitForStatus };
