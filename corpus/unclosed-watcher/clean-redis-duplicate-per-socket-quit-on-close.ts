import Redis from 'ioredis';
import { WebSocketServer, type WebSocket } from 'ws';

// The same feed, quitting each socket's subscriber connection when the socket closes.
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const wss = new WebSocketServer({ port: 8081 });

wss.on('connection', (ws: WebSocket) => {
  const feed = redis.duplicate();
  feed.subscribe('scores').catch(() => ws.close(1011));
  feed.on('message', (_channel: string, body: string) => ws.send(body));
  ws.on('close', () => {
    feed.quit().catch(() => feed.disconnect());
  });
});
