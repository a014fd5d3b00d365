// Remembers idempotency keys for ten minutes: older ones are swept every minute.
import { Injectable, OnModuleDestroy } from '@nestjs/common';

const handled = new Map<string, number>();
const sweeper = setInterval(() => {
  const cutoff = Date.now() - 600_000;
  for (const [key, at] of handled) if (at < cutoff) handled.delete(key);
}, 60_000);

@Injectable()
export class SeenService implements OnModuleDestroy {
  remember(key: string): boolean {
    if (handled.has(key)) return false;
    handled.set(key, Date.now());
    return true;
  }

  onModuleDestroy(): void {
    clearInterval(sweeper);
  }
}
