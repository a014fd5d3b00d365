// Followers are dropped only when their socket errors; a normal close keeps them in the table.
import { WebSocketServer, type WebSocket } from 'ws';
import { follow, unfollow, unfollowAll } from './subscribers';

export function startFeed(port: number): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (client: WebSocket) => {
    client.on('message', (raw) => {
      const { op, channel } = JSON.parse(String(raw)) as { op: string; channel: string };
      if (op === 'follow') follow(channel, client); // expect: unbounded-collection
      if (op === 'unfollow') unfollow(channel, client);
    });
    client.on('error', () => unfollowAll(client));
  });
  return wss;
}
