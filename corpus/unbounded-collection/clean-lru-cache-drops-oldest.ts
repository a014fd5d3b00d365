// The same cache, dropping the oldest entry once it holds more than its capacity.
import express from 'express';

class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

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
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
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
