// The same ticker: the polling cleanup stops the poll and ends the subscription too.
import { useEffect, useState } from 'react';
import { createStore } from 'redux';

const store = createStore((state: { price: number } = { price: 0 }) => state);

export function Ticker({ live }: { live: boolean }) {
  const [price, setPrice] = useState(0);
  useEffect(() => {
    const unsubscribe = store.subscribe(() => setPrice(store.getState().price));
    if (live) {
      return unsubscribe;
    }
    const poll = window.setInterval(() => setPrice(store.getState().price), 5000);
    return () => {
      window.clearInterval(poll);
      unsubscribe();
    };
  }, [live]);
  return <span>{price}</span>;
}
