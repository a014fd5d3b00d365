// The same session with an end: restarts replace the interval, and end() stops it for good.
export class MetricsSession {
  private flushTimer?: ReturnType<typeof setInterval>;
  private periodMs = 0;

  constructor(private write: (batch: number[]) => void, private pending: number[] = []) {}

  applyPeriod(periodMs: number): void {
    if (periodMs === this.periodMs) {
      return;
    }
    this.periodMs = periodMs;
    if (this.flushTimer) {
      clearInterval(this.flushTimer);
    }
    this.flushTimer = setInterval(() => {
      this.write(this.pending.splice(0));
    }, periodMs);
  }

  end(): void {
    clearInterval(this.flushTimer);
    this.flushTimer = undefined;
  }
}
