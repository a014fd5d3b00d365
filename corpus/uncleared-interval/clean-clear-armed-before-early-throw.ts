// The heartbeat's stop is set up before anything can throw, so a bad handshake, which
// destroys the socket, still stops it on 'close'.
import { Socket } from 'node:net';

export function openTunnel(socket: Socket, hello: { version: number; token: string }) {
  const heartbeat = setInterval(() => socket.write('\n'), 15_000);
  socket.on('close', () => clearInterval(heartbeat));
  if (hello.version !== 2) {
    socket.destroy();
    throw new Error(`unsupported tunnel version ${hello.version}`);
  }
  return { socket, token: hello.token };
}
