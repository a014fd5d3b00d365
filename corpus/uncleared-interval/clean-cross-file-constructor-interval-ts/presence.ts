// The same tracker, whose leave() clears the interval its constructor started.
import type { Socket } from 'socket.io';

export class Presence {
  private readonly announcer: ReturnType<typeof setInterval>;

  constructor(private readonly socket: Socket, private readonly room: string) {
    this.announcer = setInterval(() => this.socket.to(this.room).emit('here', this.socket.id), 10_000);
  }

  leave(): void {
    clearInterval(this.announcer);
    this.socket.leave(this.room);
  }
}
