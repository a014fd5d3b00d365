// A singleton quota counter per API key; expired windows are deleted by a sweep that Nest's
// scheduler runs every half minute.
import { Injectable } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';

@Injectable()
export class QuotaService {
  private readonly windows: Record<string, { count: number; resetAt: number }> = {};

  take(apiKey: string, now = Date.now()): boolean {
    let window = this.windows[apiKey];
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + 60_000 };
      this.windows[apiKey] = window;
    }
    return ++window.count <= 100;
  }

  @Interval(30_000)
  sweep(now = Date.now()): void {
    for (const key of Object.keys(this.windows)) {
      if (this.windows[key].resetAt <= now) delete this.windows[key];
    }
  }
}
