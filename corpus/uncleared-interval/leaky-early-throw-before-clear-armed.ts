// Each tunnel starts its heartbeat before it validates the handshake. A bad handshake throws
// before the 'close' listener that would stop the heartbeat is added, so the interval, and
// the socket it writes to, live on.
import { Socket } from 'node:net';

export function openTunnel(socket: Socket, hello: { version: number; token: string }) {
  const heartbeat = setInterval(() => socket.write('\n'), 15_000); // expect: uncleared-interval
  if (hello.version !== 2) {
    socket.destroy();
    throw new Error(`unsupported tunnel version ${hello.version}`);
  }
  socket.on('close', () => clearInterval(heartbeat));
  return { socket, token: hello.token };
}
