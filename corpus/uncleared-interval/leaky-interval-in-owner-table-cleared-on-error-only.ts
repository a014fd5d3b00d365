import type { Socket } from 'node:net';
import { createServer, type Server } from 'node:net';

export class KeepaliveServer {
  private readonly probes = new Map<Socket, NodeJS.Timeout>();
  readonly server: Server = createServer((socket) => this.admit(socket)); // expect: uncleared-interval

  private admit(socket: Socket): void {
    const probe = setInterval(() => socket.write('ping\n'), 10_000);
    this.probes.set(socket, probe);
    socket.on('error', () => this.release(socket));
    socket.on('close', () => socket.removeAllListeners('data'));
  }

  private release(socket: Socket): void {
    clearInterval(this.probes.get(socket));
    this.probes.delete(socket);
  }
}
