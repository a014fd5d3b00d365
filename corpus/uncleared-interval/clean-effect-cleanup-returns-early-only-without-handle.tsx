// The ticker starts polling only for a symbol; the cleanup returns early only when there is no
// interval to clear.
import { useEffect, useState } from 'react';

export function LiveTicker({ symbol }: { symbol: string }) {
  const [price, setPrice] = useState<number | null>(null);
  useEffect(() => {
    const id = symbol
      ? setInterval(async () => {
          const res = await fetch(`/api/quotes/${symbol}`);
          setPrice((await res.json()).price);
        }, 2_000)
      : undefined;
    return () => {
      if (id === undefined) return;
      clearInterval(id);
    };
  }, [symbol]);
  return <span className="ticker">{price ?? '…'}</span>;
}
