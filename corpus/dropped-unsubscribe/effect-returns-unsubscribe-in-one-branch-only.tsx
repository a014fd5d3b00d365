// A ticker subscribes to the app store on every run of its effect. In live mode it hands the
// unsubscribe back as the cleanup; in polling mode the cleanup only stops the poll, so each
// polling mount leaves its store subscription behind.
import { useEffect, useState } from 'react';
import { createStore } from 'redux';

const store = createStore((state: { price: number } = { price: 0 }) => state);

export function Ticker({ live }: { live: boolean }) {
  const [price, setPrice] = useState(0);
  useEffect(() => {
    const unsubscribe = store.subscribe(() => setPrice(store.getState().price)); // expect: dropped-unsubscribe
    if (live) {
      return unsubscribe;
    }
    const poll = window.setInterval(() => setPrice(store.getState().price), 5000);
    return () => window.clearInterval(poll);
  }, [live]);
  return <span>{price}</span>;
}
