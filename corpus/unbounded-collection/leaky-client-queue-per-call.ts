// A metrics client remembers every flush it ever attempted in an array of records that
// nothing trims: one more per flush, from a timer, for the client's whole life.
export class MetricsClient {
  private history: Array<{ at: number; size: number }> = []; // expect: unbounded-collection
  private buffer: number[] = [];

  constructor() {
    setInterval(() => this.flush(), 10_000).unref(); // expect: uncleared-interval
  }

  record(value: number): void {
    this.buffer.push(value);
  }

  flush(): void {
    this.history.push({ at: Date.now(), size: this.buffer.length });
    this.buffer = [];
  }
}
