import https from 'node:https';
import type { Socket } from 'node:net';

const agent = new https.Agent({ keepAlive: true });
const watched = new WeakSet<Socket>();

export function fetchHealth(host: string, onIdle: (host: string) => void) {
  const req = https.get({ host, path: '/health', agent }, (res) => res.resume());
  req.on('socket', (socket: Socket) => {
    if (socket.writable && !watched.has(socket)) {
      socket.on('timeout', () => onIdle(host)); // expect: listener-leak
    }
  });
  return req;
}
