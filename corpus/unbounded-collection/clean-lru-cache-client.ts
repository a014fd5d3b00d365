// A client whose per-request cache is an LRU with a maximum: bounded however many ids pass.
import { LRUCache } from 'lru-cache';

export class ProfileClient {
  private cache = new LRUCache<string, object>({ max: 1000 });

  async get(userId: string): Promise<object> {
    const hit = this.cache.get(userId);
    if (hit) return hit;
    const profile = { userId, fetchedAt: Date.now() };
    this.cache.set(userId, profile);
    return profile;
  }
}
