// An LRU with only staleness options: nothing bounds how many entries it keeps.
import { LRUCache } from 'lru-cache';

export const avatars = new LRUCache<string, Buffer>({ allowStale: true, updateAgeOnGet: true }); // expect: unbounded-cache-config

export function remember(userId: string, image: Buffer): void {
  avatars.set(userId, image);
}
