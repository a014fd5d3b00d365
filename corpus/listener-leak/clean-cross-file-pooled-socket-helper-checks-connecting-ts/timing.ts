// The helper listens for 'connect' only while the socket is still connecting.
import type { Socket } from "node:net";

export interface Timings {
  start: number;
  connect?: number;
}

export function recordConnect(socket: Socket, timings: Timings): void {
  if (!socket.connecting) {
    timings.connect = 0;
    return;
  }
  socket.once("connect", () => {
    timings.connect = Date.now() - timings.start;
  });
}
