// Runs a task every few seconds until it is stopped.
export class Poller {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly task: () => Promise<void>, private readonly everyMs: number) {}

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.task(), this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
