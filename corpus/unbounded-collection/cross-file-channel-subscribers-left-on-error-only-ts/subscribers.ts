import type { WebSocket } from 'ws';

// channel -> the sockets that asked for its updates
const byChannel = new Map<string, Set<WebSocket>>();

export function follow(channel: string, client: WebSocket): void {
  if (!byChannel.has(channel)) byChannel.set(channel, new Set());
  byChannel.get(channel)!.add(client);
}

export function unfollow(channel: string, client: WebSocket): void {
  const followers = byChannel.get(channel);
  followers?.delete(client);
  if (followers && followers.size === 0) byChannel.delete(channel);
}

export function unfollowAll(client: WebSocket): void {
  for (const channel of Array.from(byChannel.keys())) unfollow(channel, client);
}

export function publish(channel: string, payload: unknown): void {
  const text = JSON.stringify(payload);
  for (const client of byChannel.get(channel) ?? []) client.send(text);
}
