import type Redis from 'ioredis';

// Counts requests per caller in Redis: the entries live (and expire) in Redis, not here.
export class RateWindow {
  constructor(private readonly redis: Redis, private readonly windowMs = 60_000) {}

  async hit(caller: string): Promise<number> {
    const key = `rate:${caller}`;
    const created = await this.redis.set(key, '1', 'PX', this.windowMs, 'NX');
    if (created === 'OK') return 1;
    return this.redis.incr(key);
  }
}
