// A channel keeps one timer while calls wait for a connection: armed only when none is
// running, cleared when the queue drains.
export class Channel {
  private readonly waiting: Array<() => void> = [];
  private keepAlive: NodeJS.Timeout | null = null;

  queue(call: () => void): void {
    this.waiting.push(call);
    this.arm();
  }

  private arm(): void {
    if (!this.keepAlive) {
      this.keepAlive = setInterval(() => this.flush(), 1000);
    }
  }

  flush(): void {
    while (this.waiting.length) this.waiting.shift()?.();
    this.idle();
  }

  private idle(): void {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = null;
  }
}
