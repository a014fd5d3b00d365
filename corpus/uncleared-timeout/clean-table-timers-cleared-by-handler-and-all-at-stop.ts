// Per-device timers live in a table: a device's own handler resets its timer, and stop()
// clears every one of them by iterating the table.
export class Availability {
  private readonly timers: Record<string, ReturnType<typeof setTimeout>> = {};

  constructor(private readonly ping: (id: string) => Promise<void>, private readonly timeoutMs = 600_000) {}

  seen(id: string): void {
    clearTimeout(this.timers[id]);
    this.timers[id] = setTimeout(() => void this.ping(id), this.timeoutMs);
  }

  left(id: string): void {
    clearTimeout(this.timers[id]);
    delete this.timers[id];
  }

  stop(): void {
    Object.values(this.timers).forEach((timer) => clearTimeout(timer));
  }
}
