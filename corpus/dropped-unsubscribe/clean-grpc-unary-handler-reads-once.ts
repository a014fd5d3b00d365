import type { ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';

interface Quote { symbol: string; price: number }
interface Quotes { latest(symbol: string): Quote | undefined; subscribe(fn: (q: Quote) => void): () => void }

export function quoteService(quotes: Quotes) {
  return {
    Latest(call: ServerUnaryCall<{ symbol: string }, Quote>, callback: sendUnaryData<Quote>) {
      const quote = quotes.latest(call.request.symbol);
      if (quote) callback(null, quote);
      else callback({ code: 5, details: `no quote for ${call.request.symbol}` });
    },
  };
}
