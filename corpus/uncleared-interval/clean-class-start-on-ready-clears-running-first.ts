// The twin: start() clears the interval it may have started before, so each reconnect
// replaces it instead of adding one.
import Redis from 'ioredis';

export class Flusher {
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly pending: string[] = [];
  private readonly client: Redis;

  constructor(url: string, private readonly intervalMs = 10_000) {
    this.client = new Redis(url);
    this.client.on('ready', () => this.start());
  }

  start(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => this.flush(), this.intervalMs);
  }

  private flush(): void {
    const batch = this.pending.splice(0);
    if (batch.length) void this.client.rpush('events', ...batch);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.client.disconnect();
  }
}
