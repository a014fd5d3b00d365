// The feed client reconnects by calling itself again on 'close', and starts a ping interval per
// connection that nothing clears: every reconnect adds one more, pinging a dead socket.
import WebSocket from 'ws';

export function connectFeed(url: string, onTick: (data: string) => void): void {
  const socket = new WebSocket(url);
  setInterval(() => socket.ping(), 15_000); // expect: uncleared-interval
  socket.on('message', (data) => onTick(String(data)));
  socket.on('close', () => setTimeout(() => connectFeed(url, onTick), 1_000));
}
