// Followers are dropped when their socket closes, which it does after an error too.
import { WebSocketServer, type WebSocket } from 'ws';
import { follow, unfollow, unfollowAll } from './subscribers';

export function startFeed(port: number): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (client: WebSocket) => {
    client.on('message', (raw) => {
      const { op, channel } = JSON.parse(String(raw)) as { op: string; channel: string };
      if (op === 'follow') follow(channel, client);
      if (op === 'unfollow') unfollow(channel, client);
    });
    client.on('close', () => unfollowAll(client));
  });
  return wss;
}
