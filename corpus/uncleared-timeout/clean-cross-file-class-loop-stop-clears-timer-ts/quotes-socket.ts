import { WebSocketServer } from 'ws';
import { PriceFeed, Quote } from './price-feed';

export function quotesSocket(port: number, fetchQuote: (symbol: string) => Promise<Quote>): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (ws, req) => {
    const symbol = new URL(req.url ?? '/', 'http://local').searchParams.get('symbol') ?? 'ACME';
    const feed = new PriceFeed(symbol, fetchQuote);
    feed.open((quote) => ws.send(JSON.stringify(quote)));
    ws.on('close', () => feed.close());
  });
  return wss;
}
