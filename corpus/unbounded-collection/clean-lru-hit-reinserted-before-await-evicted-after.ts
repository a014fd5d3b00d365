// A hit moves its entry to the back (delete, then set again) and returns before the lookup's
// await; a miss sets the entry after the await and evicts the oldest past the cap. No run
// that adds an entry can throw between the add and the eviction.
type Entry = { value: string[]; expiresAt: number };

export class Resolver {
  private readonly cache = new Map<string, Entry>();

  constructor(private readonly lookup: (name: string, tags: readonly string[]) => Promise<string[]>, private readonly max = 256) {}

  async resolve(service: string, tags: readonly string[] = []): Promise<string[]> {
    const name = `${service}|${[...tags].sort().join(',')}`;
    const hit = this.cache.get(name);
    if (hit && hit.expiresAt > Date.now()) {
      this.cache.delete(name);
      this.cache.set(name, hit);
      return hit.value;
    }
    const value = await this.lookup(service, tags);
    this.cache.delete(name);
    this.cache.set(name, { value, expiresAt: Date.now() + 15_000 });
    while (this.cache.size > this.max) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return value;
  }

  async first(service: string): Promise<string | undefined> {
    const found = await this.resolve(service);
    return found[0];
  }
}
