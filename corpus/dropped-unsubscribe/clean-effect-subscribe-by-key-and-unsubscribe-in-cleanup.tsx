// The feed streams a symbol between `subscribe(symbol)` and `unsubscribe(symbol)`; the effect
// asks for one and its cleanup gives it back, so nothing stays behind the component.
import { useEffect, useState } from 'react';
import { priceFeed } from './price-feed';

export function SymbolPrice({ symbol }: { symbol: string }) {
  const [price, setPrice] = useState<number | null>(null);

  useEffect(() => {
    priceFeed.subscribe(symbol);
    const poll = () => setPrice(priceFeed.latest(symbol));
    poll();
    return () => {
      priceFeed.unsubscribe(symbol);
    };
  }, [symbol]);

  return <span>{price ?? '…'}</span>;
}
