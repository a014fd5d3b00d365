// The same effect, returning the cleanup on every run; and one that starts nothing when the
// ticker is off, returning early before the interval.
import { useEffect, useState } from 'react';

type Mode = 'live' | 'slow' | 'off';

export function Quote({ symbol, mode }: { symbol: string; mode: Mode }) {
  const [price, setPrice] = useState<number | null>(null);

  useEffect(() => {
    if (mode === 'off') return;
    const refresh = () => fetch(`/api/quotes/${symbol}`).then((r) => r.json()).then((q) => setPrice(q.price));
    refresh();
    const id = setInterval(refresh, mode === 'live' ? 1_000 : 30_000);
    return () => clearInterval(id);
  }, [symbol, mode]);

  useEffect(() => {
    if (mode === 'live') {
      const beat = setInterval(() => console.debug('live', symbol), 5_000);
      return () => clearInterval(beat);
    }
  }, [symbol, mode]);

  return <span>{symbol}: {price ?? '…'}</span>;
}
