// Counts requests per client in the table its options name, and forgets a client a minute later.
export class HitCounter {
  private readonly hits: Map<string, number>;

  constructor(options: { hits: Map<string, number> }) {
    this.hits = options.hits;
  }

  count(clientId: string): number {
    const next = (this.hits.get(clientId) ?? 0) + 1;
    this.hits.set(clientId, next);
    if (next === 1) setTimeout(() => this.hits.delete(clientId), 60_000).unref();
    return next;
  }
}
