// A cache named for LRU that only moves entries to the end (delete, then set again) and never
// drops the oldest: every new address a client sends adds an entry for good.
import express from 'express';

class LruCache<K, V> {
  private readonly entries = new Map<K, V>(); // expect: unbounded-collection

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
  }
}

const lookups = new LruCache<string, { host: string; ms: number }>(500);
const app = express();

app.get('/resolve', (req, res) => {
  const host = String(req.query.host);
  let hit = lookups.get(host);
  if (!hit) {
    hit = { host, ms: Date.now() };
    lookups.set(host, hit);
  }
  res.json(hit);
});

app.listen(3029);
