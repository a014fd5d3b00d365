import { WebSocketServer, WebSocket } from 'ws';
import { latestPrice } from './prices';

export function startTicker(wss: WebSocketServer): void {
  wss.on('connection', (ws: WebSocket) => {
    const tickers = new Map<string, NodeJS.Timeout>();

    ws.on('message', (raw) => {
      const { op, topic } = JSON.parse(String(raw)) as { op: string; topic: string };
      if (op === 'sub' && !tickers.has(topic)) {
        tickers.set(topic, setInterval(() => ws.send(JSON.stringify(latestPrice(topic))), 1000));
      }
    });

    ws.on('unsubscribe', (topic: string) => {
      clearInterval(tickers.get(topic));
      tickers.delete(topic);
    });

    ws.on('close', () => {
      tickers.forEach(timer => clearInterval(timer));
      tickers.clear();
    });
  });
}
