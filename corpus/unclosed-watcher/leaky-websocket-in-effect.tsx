// Each render of a symbol's row opens a quote socket and never closes it: a new symbol, or
// an unmount, leaves the old socket open with its listener and the state setter it holds.
import { useEffect, useState } from 'react';

export function QuoteCell({ symbol }: { symbol: string }) {
  const [price, setPrice] = useState<number | null>(null);
  useEffect(() => {
    const feed = new WebSocket(`wss://quotes.example.test/v1?s=${symbol}`); // expect: unclosed-watcher
    feed.addEventListener('message', (event: MessageEvent<string>) => setPrice(JSON.parse(event.data).price));
    feed.addEventListener('open', () => feed.send(JSON.stringify({ subscribe: symbol })));
  }, [symbol]);
  return <td>{price ?? '…'}</td>;
}
