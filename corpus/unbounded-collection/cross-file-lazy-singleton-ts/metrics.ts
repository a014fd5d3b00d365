// A metrics registry made on first use: `Metrics.get()` always hands out the same instance.
export class Metrics {
  private static current?: Metrics;
  private readonly timings = new Map<string, number[]>();

  private constructor() {}

  static get(): Metrics {
    return (Metrics.current ??= new Metrics());
  }

  record(label: string, ms: number): void {
    const list = this.timings.get(label) ?? [];
    list.push(ms);
    this.timings.set(label, list);
  }
}
