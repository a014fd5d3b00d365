// The handle lives on `this` and dispose() clears it through an alias.
export interface Disposable {
  dispose(): void;
}

export class MetricsReporter implements Disposable {
  private flushTimer: ReturnType<typeof setInterval> | undefined;
  private readonly samples: number[] = [];

  constructor(private readonly sink: (values: number[]) => void) {
    this.flushTimer = setInterval(() => this.flush(), 10_000);
  }

  record(value: number): void {
    this.samples.push(value);
    if (this.samples.length > 1000) this.samples.shift();
  }

  private flush(): void {
    this.sink(this.samples.splice(0));
  }

  dispose(): void {
    const timer = this.flushTimer;
    this.flushTimer = undefined;
    clearInterval(timer);
  }
}
