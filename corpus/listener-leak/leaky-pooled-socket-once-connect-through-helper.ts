// Connect timings for outgoing requests: the 'socket' listener hands the socket to a helper
// that waits for its 'connect' with `once`. A keep-alive Agent hands the same socket to later
// requests, already connected: it never sends 'connect' again, so each request leaves one
// listener (and its timings object) on the pooled socket.
import http from "node:http";
import type { Socket } from "node:net";

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

interface Timings {
  start: number;
  connected?: number;
}

function timeConnect(socket: Socket, timings: Timings): void {
  socket.once("connect", () => {
    timings.connected = Date.now() - timings.start;
  });
}

export function fetchStatus(host: string): Promise<number> {
  const timings: Timings = { start: Date.now() };
  return new Promise((resolve, reject) => {
    const req = http.get({ host, path: "/status", agent }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("socket", (socket: Socket) => timeConnect(socket, timings)); // expect: listener-leak
    req.on("error", reject);
  });
}
