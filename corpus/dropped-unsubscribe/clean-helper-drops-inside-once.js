// The same helper, called once when the module loads: one subscriber for the life of the
// process. The other helper hands the unsubscribe back, and the effect returns it.
import { useEffect, useState } from 'react';
import { createStore } from 'zustand/vanilla';

export const cartStore = createStore(() => ({ items: [] }));

function follow(store, onChange) {
  onChange(store.getState());
  store.subscribe(onChange);
}

follow(cartStore, (state) => console.log('cart size', state.items.length));

function watch(store, onChange) {
  onChange(store.getState());
  return store.subscribe(onChange);
}

export function CartBadge() {
  const [count, setCount] = useState(0);
  useEffect(() => watch(cartStore, (state) => setCount(state.items.length)), []);
  return count;
}
