// A socket gateway asks a helper of its own for a subscriber per connection and, when the
// socket closes, only leaves the channel: the connection itself is never quit.
import Redis from 'ioredis';
import { WebSocketServer, type WebSocket } from 'ws';

function openRoomFeed(room: string, deliver: (payload: string) => void): Redis {
  const subscriber = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  subscriber.on('message', (_channel: string, payload: string) => deliver(payload));
  void subscriber.subscribe(`room:${room}`);
  return subscriber;
}

const wss = new WebSocketServer({ port: 8120 });

wss.on('connection', (ws: WebSocket, req) => {
  const room = new URL(req.url ?? '/', 'http://localhost').searchParams.get('room') ?? 'lobby';
  const feed = openRoomFeed(room, (payload) => ws.send(payload)); // expect: unclosed-watcher
  ws.on('close', () => {
    void feed.unsubscribe(`room:${room}`);
  });
});
