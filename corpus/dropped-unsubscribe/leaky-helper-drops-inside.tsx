// A helper that subscribes and throws the unsubscribe away itself: every mount of the badge
// adds one more subscriber to the long-lived store.
import { useEffect, useState } from 'react';
import { createStore } from 'zustand/vanilla';

interface CartState {
  items: string[];
}

export const cartStore = createStore<CartState>(() => ({ items: [] }));

function follow(store: typeof cartStore, onChange: (state: CartState) => void) {
  onChange(store.getState());
  store.subscribe(onChange);
}

export function CartBadge() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    follow(cartStore, (state) => setCount(state.items.length)); // expect: dropped-unsubscribe
  }, []);
  return <span>{count}</span>;
}
