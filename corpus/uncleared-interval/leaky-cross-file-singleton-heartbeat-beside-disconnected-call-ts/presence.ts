// Counts who is online and tells each socket now and then.
import type { Socket } from 'socket.io';

export class Presence {
  private online = 0;

  connected(): void {
    this.online += 1;
  }

  disconnected(): void {
    this.online -= 1;
  }

  beat(socket: Socket): void {
    setInterval(() => socket.emit('presence', { online: this.online }), 5000);
  }
}
