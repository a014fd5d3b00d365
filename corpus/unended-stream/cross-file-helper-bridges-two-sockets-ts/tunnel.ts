// Helpers of a TCP gateway: open a backend connection, and join two sockets together.
import net from "node:net";

export interface Backend {
  host: string;
  port: number;
}

export function openBackend(target: Backend): net.Socket {
  const socket = net.connect({ host: target.host, port: target.port });
  socket.setNoDelay(true);
  return socket;
}

export function join(front: net.Socket, back: net.Socket, meter: { in: number; out: number }): void {
  front.on("data", (chunk: Buffer) => {
    meter.in += chunk.length;
  });
  back.on("data", (chunk: Buffer) => {
    meter.out += chunk.length;
  });
  front.pipe(back);
  back.pipe(front);
}
