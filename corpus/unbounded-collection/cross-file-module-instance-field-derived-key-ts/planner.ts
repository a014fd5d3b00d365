// A query planner that keeps every plan it compiles, under a signature made from the filters.
export class QueryPlanner {
  private plans: Record<string, { text: string; params: string[] }> = {};

  plan(filters: Record<string, string>): { text: string; params: string[] } {
    const signature = Object.keys(filters).sort().map((k) => `${k}=${filters[k]}`).join('&');
    const known = this.plans[signature];
    if (known) return known;
    const params = Object.values(filters);
    const compiled = { text: `SELECT * FROM sales WHERE ${Object.keys(filters).map((k, i) => `${k} = $${i + 1}`).join(' AND ')}`, params };
    this.plans[signature] = compiled;
    return compiled;
  }
}
