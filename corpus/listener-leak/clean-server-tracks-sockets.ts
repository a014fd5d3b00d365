// The same server keeps live sockets in a Set it prunes on each socket's close, and destroys
// what is left when it closes: one listener, registered once, in the constructor.
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';

export class TunnelServer extends EventEmitter {
  private readonly sockets = new Set<Socket>();

  constructor() {
    super();
    this.once('close', () => {
      for (const socket of this.sockets) socket.destroy();
    });
  }

  accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.pipe(socket);
  }
}
