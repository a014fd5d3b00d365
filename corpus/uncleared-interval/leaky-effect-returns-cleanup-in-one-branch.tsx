// The effect starts the refresh on every run but hands React the cleanup only in 'live'
// mode: in 'slow' mode each run (each change of the symbol) adds an interval nothing clears.
import { useEffect, useState } from 'react';

type Mode = 'live' | 'slow';

export function Quote({ symbol, mode }: { symbol: string; mode: Mode }) {
  const [price, setPrice] = useState<number | null>(null);

  useEffect(() => {
    const refresh = () => fetch(`/api/quotes/${symbol}`).then((r) => r.json()).then((q) => setPrice(q.price));
    refresh();
    const id = setInterval(refresh, mode === 'live' ? 1_000 : 30_000); // expect: uncleared-interval
    if (mode === 'live') {
      return () => clearInterval(id);
    }
  }, [symbol, mode]);

  return <span>{symbol}: {price ?? '…'}</span>;
}
