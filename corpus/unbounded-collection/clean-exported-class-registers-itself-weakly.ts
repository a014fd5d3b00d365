import { EventEmitter } from 'node:events';

// Every limiter, so that an admin endpoint can tell whether one is known.
const LIMITERS = new WeakSet<RateLimiter>();

export class RateLimiter extends EventEmitter {
  private tokens: number;

  constructor(private readonly name: string, private readonly perSecond: number) {
    super();
    this.tokens = perSecond;
    LIMITERS.add(this);
  }

  take(): boolean {
    if (this.tokens === 0) {
      this.emit('limited', this.name);
      return false;
    }
    this.tokens--;
    return true;
  }

  refill(): void {
    this.tokens = this.perSecond;
  }

  dispose(): void {
    this.removeAllListeners();
    LIMITERS.delete(this);
  }
}

export function isKnown(limiter: RateLimiter): boolean {
  return LIMITERS.has(limiter);
}
