import { WebSocketServer, WebSocket } from 'ws';

export function tickerServer(port: number): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (ws: WebSocket) => {
    let ticker: ReturnType<typeof setInterval> | undefined;
    ws.on('message', (raw) => {
      const { symbol, everyMs } = JSON.parse(String(raw)) as { symbol: string; everyMs: number };
      ticker = setInterval(() => ws.send(JSON.stringify({ symbol, at: Date.now() })), everyMs); // expect: uncleared-interval
    });
    ws.on('close', () => clearInterval(ticker));
  });
  return wss;
}
