// A poller whose start() arms an interval kept in a field, which stop() clears.
export class Poller {
  private timer?: ReturnType<typeof setInterval>;
  ticks = 0;

  constructor(private readonly every: number) {}

  start(): void {
    this.timer = setInterval(() => {
      this.ticks += 1;
    }, this.every);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
