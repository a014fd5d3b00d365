// Caches created per call or per instance die with their owner.
import { LRUCache } from 'lru-cache';
import memoize from 'lodash/memoize';

export class Renderer {
  private cache = new LRUCache<string, string>({ allowStale: true });

  render(name: string): string {
    return this.cache.get(name) ?? name;
  }
}

export function handle(rows: string[]): string[] {
  const label = memoize((row: string) => row.toUpperCase());
  return rows.map((row) => label(row));
}
