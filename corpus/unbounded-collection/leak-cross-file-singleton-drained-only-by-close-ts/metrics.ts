export interface Sample { name: string; value: number; tags: Record<string, unknown>; at: number }

class MetricsBuffer {
  private readonly samples: Sample[] = [];

  constructor(private readonly sink: (batch: Sample[]) => void) {}

  observe(name: string, value: number, tags: Record<string, unknown>): void {
    this.samples.push({ name, value, tags, at: Date.now() });
  }

  drain(): void {
    const batch = this.samples.splice(0);
    if (batch.length > 0) this.sink(batch);
  }

  shutdown(): void {
    this.drain();
  }
}

export const metrics = new MetricsBuffer((batch) => process.stdout.write(`${JSON.stringify(batch)}\n`));
