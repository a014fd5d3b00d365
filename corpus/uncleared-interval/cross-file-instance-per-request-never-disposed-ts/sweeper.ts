// A small expiring map that sweeps itself; only dispose() stops the sweep.
export class ExpiringMap<V> {
  private readonly items = new Map<string, { value: V; until: number }>();
  private readonly sweep: NodeJS.Timeout;

  constructor(private readonly ttlMs: number) {
    this.sweep = setInterval(() => {
      const now = Date.now();
      for (const [key, item] of this.items) if (item.until <= now) this.items.delete(key);
    }, 1_000);
  }

  set(key: string, value: V): void {
    this.items.set(key, { value, until: Date.now() + this.ttlMs });
  }

  get(key: string): V | undefined {
    return this.items.get(key)?.value;
  }

  dispose(): void {
    clearInterval(this.sweep);
    this.items.clear();
  }
}
