// Bounded by count, by size, or by age: each of these stops growing.
import { LRUCache } from 'lru-cache';

export const byCount = new LRUCache<string, string>({ max: 500 });
export const bySize = new LRUCache<string, Buffer>({ maxSize: 50_000_000, sizeCalculation: (b) => b.length });
export const byAge = new LRUCache<string, number>({ ttl: 60_000, ttlAutopurge: true });
const MAX = 100;
export const shorthand = new LRUCache<string, number>({ max: MAX });
