import type { Server, Socket } from 'socket.io';

interface Hold {
  timer: ReturnType<typeof setTimeout>;
  release: () => void;
}

class SeatHolds {
  private readonly holds = new Map<string, Hold>();

  constructor(private readonly ttlMs: number) {}

  hold(seat: string, release: () => void): void {
    const old = this.holds.get(seat);
    if (old) clearTimeout(old.timer);
    const timer = setTimeout(() => {
      this.holds.delete(seat);
      release();
    }, this.ttlMs);
    this.holds.set(seat, { timer, release });
  }

  confirm(seat: string): void {
    const hold = this.holds.get(seat);
    if (!hold) return;
    clearTimeout(hold.timer);
    this.holds.delete(seat);
  }

  abandon(seat: string): void {
    const hold = this.holds.get(seat);
    if (!hold) return;
    clearTimeout(hold.timer);
    this.holds.delete(seat);
  }
}

const seatHolds = new SeatHolds(120_000);

export function bookingSockets(io: Server): void {
  io.on('connection', (socket: Socket) => {
    const mine = new Set<string>();
    socket.on('seat:hold', (seat: string) => {
      mine.add(seat);
      seatHolds.hold(`${socket.id}:${seat}`, () => socket.emit('seat:expired', seat));
    });
    socket.on('seat:confirm', (seat: string) => {
      mine.delete(seat);
      seatHolds.confirm(`${socket.id}:${seat}`);
    });
    socket.on('disconnect', () => {
      for (const seat of mine) seatHolds.abandon(`${socket.id}:${seat}`);
    });
  });
}
