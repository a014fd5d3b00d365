// Each viewer subscribes a forwarding listener on the shared Redis subscriber and nothing takes
// it off when the viewer leaves: the socket stays reachable from the client for good.
import { WebSocketServer, WebSocket } from 'ws';
import { createClient } from 'redis';

const subscriber = createClient({ url: process.env.REDIS_URL }).duplicate();
const wss = new WebSocketServer({ port: 4600 });

wss.on('connection', (ws: WebSocket, req) => {
  const board = new URL(req.url ?? '/', 'http://x').searchParams.get('board') ?? 'main';
  const forward = (message: string) => ws.send(message);
  subscriber.subscribe(`board:${board}`, forward).catch(() => ws.close(1011)); // expect: dropped-unsubscribe
});
