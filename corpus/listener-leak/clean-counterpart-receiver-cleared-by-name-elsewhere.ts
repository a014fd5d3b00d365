import type { WebSocket } from 'ws';

interface Seat {
  id: string;
  socket: WebSocket;
}

// A match room: joining binds the seat's socket to the room's message handler; a forced kick
// strips every 'message' listener from that socket, and a socket that closes goes with its
// listeners.
export class MatchRoom {
  private readonly seats = new Map<string, Seat>();

  join(seat: Seat): void {
    this.seats.set(seat.id, seat);
    seat.socket.on('message', this.onMessage.bind(this, seat));
    seat.socket.once('close', () => this.leave(seat));
  }

  leave(seat: Seat): void {
    this.seats.delete(seat.id);
  }

  kick(seat: Seat): void {
    seat.socket.removeAllListeners('message');
    this.leave(seat);
    seat.socket.close(4000, 'kicked');
  }

  private onMessage(seat: Seat, data: Buffer): void {
    for (const other of this.seats.values()) if (other !== seat) other.socket.send(data);
  }
}
