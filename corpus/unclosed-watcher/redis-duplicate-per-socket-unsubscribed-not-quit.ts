import Redis from 'ioredis';
import { WebSocketServer, type WebSocket } from 'ws';

// Live scores over WebSocket. Each socket gets its own subscriber connection from
// `duplicate()`; on close it only unsubscribes, so the second Redis connection (its socket and
// its 'message' listener, which holds the WebSocket) stays open for every client that came.
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const wss = new WebSocketServer({ port: 8081 });

wss.on('connection', (ws: WebSocket) => {
  const feed = redis.duplicate(); // expect: unclosed-watcher
  feed.subscribe('scores').catch(() => ws.close(1011));
  feed.on('message', (_channel: string, body: string) => ws.send(body));
  ws.on('close', () => {
    feed.unsubscribe('scores').catch(() => undefined);
  });
});
