// The effect waits for the connection inside an async IIFE and then subscribes, dropping the
// unsubscribe: the cleanup only flips a flag, so each symbol change adds one more subscription.
import { useEffect, useState } from 'react';
import { feed } from './feed';

export function Spread({ pair }: { pair: string }) {
  const [spread, setSpread] = useState<number | null>(null);
  useEffect(() => {
    let active = true;
    (async () => {
      await feed.connected();
      if (!active) return;
      feed.subscribe(`book:${pair}`, (book: { bid: number; ask: number }) => { // expect: dropped-unsubscribe
        if (active) setSpread(book.ask - book.bid);
      });
    })();
    return () => {
      active = false;
    };
  }, [pair]);
  return <span>{spread ?? '…'}</span>;
}
