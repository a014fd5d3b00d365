// The same lobby deletes every seat on close and announces only the players who signed in.
import { randomUUID } from 'node:crypto';
import type { WebSocket, WebSocketServer } from 'ws';

interface Seat { socket: WebSocket; player: string | null }

export class Lobby {
  private readonly seats = new Map<string, Seat>();

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
      this.seats.delete(id);
      if (seat.player) {
        this.announce(`${seat.player} left`);
      }
    });
  }

  private announce(text: string): void {
    for (const { socket } of this.seats.values()) socket.send(text);
  }
}
