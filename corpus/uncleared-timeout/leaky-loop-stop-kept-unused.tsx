// A refresh loop that only its returned stop can end: the effect keeps that stop in a local
// and forgets it, so every change of `ticker` (and every mount) leaves one more loop running.
import { useEffect, useState } from 'react';

function followQuote(ticker: string, onPrice: (price: number) => void, everyMs = 5000) {
  let cancelled = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    try {
      const response = await fetch(`/quotes/${ticker}`);
      onPrice(Number(await response.text()));
    } catch {
      // offline for a moment: the next round tries again
    }
    if (!cancelled) pending = setTimeout(refresh, everyMs);
  };
  refresh();
  return () => {
    cancelled = true;
    clearTimeout(pending);
  };
}

export function Quote({ ticker }: { ticker: string }) {
  const [price, setPrice] = useState(0);
  useEffect(() => {
    const cancel = followQuote(ticker, setPrice); // expect: uncleared-timeout
  }, [ticker]);
  return <b>{price}</b>;
}
