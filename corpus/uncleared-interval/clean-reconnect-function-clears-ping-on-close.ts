// The feed client reconnects by calling itself again on 'close', clearing the closed
// connection's ping interval first.
import WebSocket from 'ws';

export function connectFeed(url: string, onTick: (data: string) => void): void {
  const socket = new WebSocket(url);
  const ping = setInterval(() => socket.ping(), 15_000);
  socket.on('message', (data) => onTick(String(data)));
  socket.on('close', () => {
    clearInterval(ping);
    setTimeout(() => connectFeed(url, onTick), 1_000);
  });
}
