// A module that exports its one response cache (and the class, for tests). Entries are never
// evicted: whether that is bounded depends on the keys its callers use.
export class ResponseCache {
  private entries = new Map<string, { body: unknown; storedAt: number }>();

  get(key: string): unknown | undefined {
    return this.entries.get(key)?.body;
  }

  set(key: string, body: unknown): void {
    this.entries.set(key, { body, storedAt: Date.now() });
  }
}

export default new ResponseCache();
