// A chat server that owns its broadcast bus. Every `join()` adds a 'broadcast' listener to
// the bus that writes to the joining socket, and nothing takes it down when the socket
// closes: each session that ever joined stays reachable from the server's bus.
import { EventEmitter } from 'events';
import type { Socket } from 'net';

export class ChatServer {
  private readonly bus = new EventEmitter();

  join(name: string, socket: Socket): void {
    this.bus.on('broadcast', (line: string) => socket.write(`${name}: ${line}\n`)); // expect: listener-leak
    socket.on('data', (data) => this.bus.emit('broadcast', String(data)));
  }
}
