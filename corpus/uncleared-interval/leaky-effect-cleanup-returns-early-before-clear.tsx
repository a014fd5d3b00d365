// The ticker's cleanup skips clearing while the tab is hidden (meant to keep the last frame), so
// an unmount in a background tab leaves the interval setting state on a gone component.
import { useEffect, useState } from 'react';

export function LiveTicker({ symbol }: { symbol: string }) {
  const [price, setPrice] = useState<number | null>(null);
  useEffect(() => {
    const id = setInterval(async () => { // expect: uncleared-interval
      const res = await fetch(`/api/quotes/${symbol}`);
      setPrice((await res.json()).price);
    }, 2_000);
    return () => {
      if (document.hidden) return;
      clearInterval(id);
    };
  }, [symbol]);
  return <span className="ticker">{price ?? '…'}</span>;
}
