// A line-protocol client borrows sockets from its keep-alive agent. setTimeout(ms, callback)
// adds the callback as a 'timeout' listener on every borrowing of a socket that serves many.
import type { Socket } from 'node:net';

interface SocketAgent {
  acquire(host: string, port: number): Socket;
  release(host: string, port: number, socket: Socket): void;
}

export class LineClient {
  constructor(private readonly agent: SocketAgent, private readonly host: string, private readonly port: number) {}

  send(line: string): Promise<string> {
    const socket = this.agent.acquire(this.host, this.port);
    socket.setTimeout(10_000, () => socket.destroy(new Error('idle'))); // expect: listener-leak
    return new Promise((resolve) => {
      socket.once('data', (chunk) => {
        this.agent.release(this.host, this.port, socket);
        resolve(chunk.toString().trim());
      });
      socket.write(`${line}\r\n`);
    });
  }
}
