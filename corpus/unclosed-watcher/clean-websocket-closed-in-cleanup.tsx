// The quote socket is closed by the effect's cleanup, on unmount and before each new symbol.
import { useEffect, useState } from 'react';

export function QuoteCell({ symbol }: { symbol: string }) {
  const [price, setPrice] = useState<number | null>(null);
  useEffect(() => {
    const feed = new WebSocket(`wss://quotes.example.test/v1?s=${symbol}`);
    feed.addEventListener('message', (event: MessageEvent<string>) => setPrice(JSON.parse(event.data).price));
    feed.addEventListener('open', () => feed.send(JSON.stringify({ subscribe: symbol })));
    return () => feed.close();
  }, [symbol]);
  return <td>{price ?? '…'}</td>;
}
