// Double-checked refresh: a fresh token skips the lock, and after the acquire a second check
// returns early, before the try/finally: that path keeps the mutex, and every later refresh
// waits on it for good.
import { Mutex } from 'async-mutex';

export class TokenCache {
  private readonly mutex = new Mutex();
  private token: { value: string; expiresAt: number } | null = null;

  constructor(private readonly fetchToken: () => Promise<{ value: string; expiresAt: number }>) {}

  async get(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) {
      return this.token.value;
    }
    const release = await this.mutex.acquire(); // expect: unreleased-lock
    if (this.token && this.token.expiresAt > Date.now()) {
      return this.token.value;
    }
    try {
      this.token = await this.fetchToken();
    } finally {
      release();
    }
    return this.token.value;
  }
}
