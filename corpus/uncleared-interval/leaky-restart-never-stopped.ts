// A metrics session restarts its flush interval whenever the collector sends a new period, and
// clears the old one first; but nothing clears it when the session ends, so every ended session
// keeps flushing into a dead stream, and stays alive doing it.
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
    this.flushTimer = setInterval(() => { // expect: uncleared-interval
      this.write(this.pending.splice(0));
    }, periodMs);
  }
}
