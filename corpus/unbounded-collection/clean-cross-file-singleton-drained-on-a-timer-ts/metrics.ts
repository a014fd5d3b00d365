export interface Sample { name: string; value: number; tags: Record<string, unknown>; at: number }

class MetricsBuffer {
  private readonly samples: Sample[] = [];

  private readonly timer: NodeJS.Timeout;

  constructor(private readonly sink: (batch: Sample[]) => void) {
    this.timer = setInterval(() => this.drain(), 10_000);
    this.timer.unref();
  }

  observe(name: string, value: number, tags: Record<string, unknown>): void {
    this.samples.push({ name, value, tags, at: Date.now() });
  }

  drain(): void {
    const batch = this.samples.splice(0);
    if (batch.length > 0) this.sink(batch);
  }

  shutdown(): void {
    clearInterval(this.timer);
    this.drain();
  }
}

export const metrics = new MetricsBuffer((batch) => process.stdout.write(`${JSON.stringify(batch)}\n`));
