interface Seat { userId: string; at: number }

class SessionBoard {
  private readonly bySocket = new Map<string, Seat>();
  private readonly lastSeen = new Map<string, number>();

  open(socketId: string, userId: string): void {
    this.bySocket.set(socketId, { userId, at: Date.now() });
  }

  close(socketId: string): void {
    const seat = this.bySocket.get(socketId);
    if (!seat) return;
    this.bySocket.delete(socketId);
    this.lastSeen.set(seat.userId, Date.now());
    if (this.lastSeen.size > 5000) this.lastSeen.delete(this.lastSeen.keys().next().value as string);
  }
}

export const board = new SessionBoard();
