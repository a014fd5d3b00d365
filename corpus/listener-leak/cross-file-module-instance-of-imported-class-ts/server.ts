// An exported module-level ticker, watched by every WebSocket connection and never left.
import { WebSocketServer } from 'ws';
import { PriceTicker } from './ticker';

export const ticker = new PriceTicker();
const wss = new WebSocketServer({ port: 3201 });

wss.on('connection', (ws, req) => {
  const symbol = new URL(req.url ?? '/', 'http://x').searchParams.get('s') ?? 'ACME';
  ticker.watch(symbol, (price) => ws.send(String(price))); // expect: listener-leak
});
