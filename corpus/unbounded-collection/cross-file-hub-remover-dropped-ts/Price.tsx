// Each price cell listens to its symbol's topic and drops the remover: the hub keeps one
// callback, and the cell it closes over, per cell ever mounted.
import { useEffect, useState } from 'react';
import { listen } from './hub';

export function Price({ symbol }: { symbol: string }) {
  const [price, setPrice] = useState<number | null>(null);
  useEffect(() => {
    listen(`price:${symbol}`, (data) => setPrice(data as number)); // expect: unbounded-collection
  }, [symbol]);
  return <td>{price ?? '—'}</td>;
}
