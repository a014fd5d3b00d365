// A price board keeps the latest quote per market symbol from its feed: every message for a
// symbol replaces the one before, and the market has a fixed list of symbols.
import { feed } from './quote-feed';

interface Quote { symbol: string; bid: number; ask: number; at: number }

const latest = new Map<string, Quote>();

feed.addEventListener('message', (event) => {
  const quote = JSON.parse(String(event.data)) as Quote;
  latest.set(quote.symbol, quote);
});

export function quoteOf(symbol: string): Quote | undefined {
  return latest.get(symbol);
}
