// Pings a peer until the caller clears the timer handed back.
import type { Socket } from 'node:net';

export function keepAlive(socket: Socket, everyMs = 15_000): NodeJS.Timeout {
  const timer = setInterval(() => socket.write('\n'), everyMs);
  timer.unref();
  return timer;
}
