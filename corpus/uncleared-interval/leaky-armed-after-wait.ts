// A gateway session starts its heartbeat after a jittered wait when the server says hello. If
// the session is destroyed during that wait, destroy() finds no interval to clear, and the
// heartbeat then starts on the dead session and runs forever.
import { setTimeout as sleep } from 'node:timers/promises';

export class GatewaySession {
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  constructor(private send: (op: string) => void) {}

  async onHello(intervalMs: number): Promise<void> {
    await sleep(Math.floor(intervalMs * Math.random()));
    this.heartbeat = setInterval(() => this.send('heartbeat'), intervalMs); // expect: uncleared-interval
  }

  destroy(): void {
    if (this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }
}
