// A broadcaster that adds a client with `addClient()` and drops it with `removeClient()`.
// Each added client gets a 'broadcast' listener on the long-lived hub the broadcaster keeps
// in a field, and `removeClient()` forgets to take it down: every client that ever came
// stays reachable from the hub through its listener's closure.
import { EventEmitter } from 'events';
import type { Socket } from 'net';

export class Broadcaster {
  private readonly clients = new Set<Socket>();

  constructor(private readonly hub: EventEmitter) {}

  addClient(socket: Socket): void {
    this.clients.add(socket);
    this.hub.on('broadcast', (line: string) => socket.write(line)); // expect: listener-leak
  }

  removeClient(socket: Socket): void {
    this.clients.delete(socket);
  }
}
