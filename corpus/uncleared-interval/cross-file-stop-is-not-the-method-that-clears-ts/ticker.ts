// A ticker that pushes the time to one client. Only pause() clears its interval; stop() only
// marks it stopped.
import type { WebSocket } from "ws";

export class Ticker {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly socket: WebSocket) {}

  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.socket.send(String(Date.now())), 1000);
  }

  pause(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  stop(): void {
    this.stopped = true;
  }
}
