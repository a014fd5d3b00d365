// The same session looks at its state after the wait: a session destroyed meanwhile never arms.
// A start-up method that arms after awaiting its own connection is left alone too.
import { setTimeout as sleep } from 'node:timers/promises';

export class GatewaySession {
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private destroyed = false;

  constructor(private send: (op: string) => void, private open: () => Promise<void>) {}

  async start(intervalMs: number): Promise<void> {
    await this.open();
    this.heartbeat = setInterval(() => this.send('ping'), intervalMs);
  }

  async onHello(intervalMs: number): Promise<void> {
    await sleep(Math.floor(intervalMs * Math.random()));
    if (this.destroyed) {
      return;
    }
    this.heartbeat = setInterval(() => this.send('heartbeat'), intervalMs);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }
}
