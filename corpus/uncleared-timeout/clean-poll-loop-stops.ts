// The same feed, whose loop checks a way out before rescheduling: it ends with the socket.
// The start-up loop runs once for the life of the process.
import { WebSocketServer, WebSocket } from 'ws';

const depths: Record<string, number> = { default: 0 };
const wss = new WebSocketServer({ port: 8090 });

function startDepthFeed(ws: WebSocket, queue: string): void {
  function poll(): void {
    if (ws.readyState !== WebSocket.OPEN) return;
    ws.send(JSON.stringify({ queue, depth: depths[queue] ?? 0 }));
    setTimeout(poll, 1_000);
  }
  poll();
}

function refreshDepths(): void {
  depths.default = Math.floor(Math.random() * 10);
  setTimeout(refreshDepths, 5_000);
}
refreshDepths();

wss.on('connection', (ws) => {
  startDepthFeed(ws, 'default');
});
