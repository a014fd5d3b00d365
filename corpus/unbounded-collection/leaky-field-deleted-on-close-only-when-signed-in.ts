// A game lobby keeps every socket under a fresh id, but its close handler cleans up only for
// players who signed in: spectators and sockets that never sent a name stay in the map.
import { randomUUID } from 'node:crypto';
import type { WebSocket, WebSocketServer } from 'ws';

interface Seat { socket: WebSocket; player: string | null }

export class Lobby {
  private readonly seats = new Map<string, Seat>(); // expect: unbounded-collection

  constructor(server: WebSocketServer) {
    server.on('connection', (socket) => this.seat(socket));
  }

  private seat(socket: WebSocket): void {
    const id = randomUUID();
    const seat: Seat = { socket, player: null };
    this.seats.set(id, seat);
    socket.on('message', (data) => {
      const name = String(data).trim();
      if (name) seat.player = name;
    });
    socket.on('close', () => {
      if (seat.player) {
        this.seats.delete(id);
        this.announce(`${seat.player} left`);
      }
    });
  }

  private announce(text: string): void {
    for (const { socket } of this.seats.values()) socket.send(text);
  }
}
