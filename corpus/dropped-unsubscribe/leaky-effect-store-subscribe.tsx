// A cart badge subscribes to the app-wide store when it mounts, and throws the unsubscribe
// away: every badge ever mounted keeps receiving updates, and keeps its state setter alive.
import { useEffect, useState } from 'react';
import { cartStore } from './cart-store';

export function CartBadge() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    cartStore.subscribe((cart) => setCount(cart.items.length)); // expect: dropped-unsubscribe
  }, []);
  return <span>{count}</span>;
}
