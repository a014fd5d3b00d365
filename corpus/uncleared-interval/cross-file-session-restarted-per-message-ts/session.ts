// A per-connection session with a keepalive. `start()` keeps only the newest interval, so a
// second start on one session would lose the first; the server starts each session once.
import type { Socket } from 'node:net';

export class Session {
  private keepalive?: NodeJS.Timeout;

  constructor(private readonly socket: Socket) {}

  start(everyMs = 15_000): void {
    this.keepalive = setInterval(() => this.socket.write('PING\n'), everyMs);
  }

  end(): void {
    clearInterval(this.keepalive);
    this.keepalive = undefined;
  }
}
