// A feed that polls by rescheduling itself with setTimeout. Nothing ever stops the chain, so
// each connection starts a loop that runs (and keeps its socket) after the socket is gone.
import { WebSocketServer, WebSocket } from 'ws';

const depths: Record<string, number> = { default: 0 };
const wss = new WebSocketServer({ port: 8090 });

function startDepthFeed(ws: WebSocket, queue: string): void {
  function poll(): void {
    ws.send(JSON.stringify({ queue, depth: depths[queue] ?? 0 }));
    setTimeout(poll, 1_000);
  }
  poll();
}

wss.on('connection', (ws, req) => {
  startDepthFeed(ws, new URL(req.url ?? '/', 'http://x').searchParams.get('queue') ?? 'default'); // expect: uncleared-timeout
});
