// The twin: the IIFE keeps what subscribe returns in the effect's variable, and the cleanup calls it.
import { useEffect, useState } from 'react';
import { feed } from './feed';

export function Spread({ pair }) {
  const [spread, setSpread] = useState(null);
  useEffect(() => {
    let active = true;
    let unsubscribe = null;
    (async () => {
      await feed.connected();
      if (!active) return;
      unsubscribe = feed.subscribe(`book:${pair}`, (book) => setSpread(book.ask - book.bid));
    })();
    return () => {
      active = false;
      if (unsubscribe) unsubscribe();
    };
  }, [pair]);
  return <span>{spread ?? '…'}</span>;
}
