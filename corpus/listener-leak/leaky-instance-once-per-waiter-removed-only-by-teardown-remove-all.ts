// Every waiter adds an 'error' listener to the pool itself; a waiter that gets a connection
// never takes it off, and only destroy() clears them all: while the pool serves, they pile up.
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';

export class ConnectionPool extends EventEmitter {
  private readonly idle: Socket[] = [];
  private readonly waiters: Array<(socket: Socket) => void> = [];

  acquire(): Promise<Socket> {
    const socket = this.idle.pop();
    if (socket) return Promise.resolve(socket);
    return new Promise((resolve, reject) => {
      this.waiters.push(resolve);
      this.once('error', reject); // expect: listener-leak
    });
  }

  release(socket: Socket): void {
    const next = this.waiters.shift();
    if (next) next(socket);
    else this.idle.push(socket);
  }

  destroy(): void {
    for (const socket of this.idle.splice(0)) socket.destroy();
    this.waiters.length = 0;
    this.removeAllListeners();
  }
}
