import { singleton } from 'tsyringe';

interface Bucket {
  used: number;
  resetAt: number;
}

// Per-client request quota, shared by every route of the process.
@singleton()
export class QuotaBook {
  readonly perMinute = 300;
  private readonly buckets = new Map<string, Bucket>();
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    // Forget clients whose window is over, so idle ones do not pile up.
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  take(client: string, now = Date.now()): boolean {
    let bucket = this.buckets.get(client);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { used: 0, resetAt: now + 60_000 };
      this.buckets.set(client, bucket);
    }
    bucket.used += 1;
    return bucket.used <= this.perMinute;
  }

  private sweep(now = Date.now()): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.resetAt <= now) this.buckets.delete(client);
    }
  }
}
