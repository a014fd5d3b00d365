// The badge returns the unsubscribe as the effect's cleanup; a one-off HTTP call subscribed in
// an effect completes by itself; a store the effect creates dies with it.
import { useEffect, useState } from 'react';
import { cartStore, createLocalStore } from './cart-store';
import { http } from './http';

export function CartBadge() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const unsubscribe = cartStore.subscribe((cart) => setCount(cart.items.length));
    return unsubscribe;
  }, []);
  useEffect(() => {
    http.get('/cart/count').subscribe((n: number) => setCount(n));
  }, []);
  useEffect(() => {
    const local = createLocalStore();
    local.subscribe(() => setCount(0));
  }, []);
  return <span>{count}</span>;
}
