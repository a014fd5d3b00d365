// The broadcaster keeps each client's listener and `removeClient()` takes it off the hub
// with the client, so a client that leaves leaves nothing behind.
import { EventEmitter } from 'events';
import type { Socket } from 'net';

export class Broadcaster {
  private readonly listeners = new Map<Socket, (line: string) => void>();

  constructor(private readonly hub: EventEmitter) {}

  addClient(socket: Socket): void {
    const listener = (line: string) => socket.write(line);
    this.listeners.set(socket, listener);
    this.hub.on('broadcast', listener);
  }

  removeClient(socket: Socket): void {
    const listener = this.listeners.get(socket);
    if (listener) this.hub.off('broadcast', listener);
    this.listeners.delete(socket);
  }
}
