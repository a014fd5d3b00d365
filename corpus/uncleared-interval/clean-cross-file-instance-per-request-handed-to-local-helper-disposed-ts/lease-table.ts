export class LeaseTable<V> {
  private readonly leases = new Map<string, { value: V; until: number }>();
  private readonly reaper: ReturnType<typeof setInterval>;

  constructor(private readonly ttlMs: number) {
    this.reaper = setInterval(() => this.reap(), ttlMs);
  }

  lease(key: string, value: V): void {
    this.leases.set(key, { value, until: Date.now() + this.ttlMs });
  }

  find(key: string): V | undefined {
    return this.leases.get(key)?.value;
  }

  private reap(): void {
    const now = Date.now();
    for (const [key, lease] of this.leases) if (lease.until < now) this.leases.delete(key);
  }

  destroy(): void {
    clearInterval(this.reaper);
    this.leases.clear();
  }
}
