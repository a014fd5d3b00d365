// Each price cell listens to its symbol's topic and hands the remover back as the effect's
// cleanup, so the cell is quiet; the hub itself keeps an empty Set for every topic ever used
// (it never forgets a topic), which is reported where the hub grows.
import { useEffect, useState } from 'react';
import { listen } from './hub';

export function Price({ symbol }: { symbol: string }) {
  const [price, setPrice] = useState<number | null>(null);
  useEffect(() => listen(`price:${symbol}`, (data) => setPrice(data as number)), [symbol]);
  return <td>{price ?? '—'}</td>;
}
