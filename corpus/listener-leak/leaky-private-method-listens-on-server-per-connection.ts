// The connection handler hands each socket to a private method, which adds a listener to the
// server-wide room adapter for it. Nothing removes it when the socket goes, so the adapter keeps
// one closure (and its socket) per connection ever made.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';

export class CursorRelay {
  readonly io: Server;

  constructor(http: HttpServer) {
    this.io = new Server(http);
    this.io.on('connection', (socket) => this.#welcome(socket)); // expect: listener-leak
  }

  #welcome(socket: Socket): void {
    socket.emit('hello', { id: socket.id });
    this.#relayDepartures(socket);
  }

  #relayDepartures(socket: Socket): void {
    const rooms = this.io.of('/').adapter;
    rooms.on('leave-room', (room: string, id: string) => socket.volatile.emit('left', { room, id }));
  }
}
