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

  take(client: string, now = Date.now()): boolean {
    let bucket = this.buckets.get(client);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { used: 0, resetAt: now + 60_000 };
      this.buckets.set(client, bucket);
    }
    bucket.used += 1;
    return bucket.used <= this.perMinute;
  }
}
