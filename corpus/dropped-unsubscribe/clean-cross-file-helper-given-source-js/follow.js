// Calls back with a store's state now and on every change; hands back the unsubscribe.
export function follow(store, onState) {
  onState(store.getState());
  return store.subscribe(onState);
}

// Subscribes for good: meant for start-up.
export function followForever(store, onState) {
  store.subscribe(onState);
}
