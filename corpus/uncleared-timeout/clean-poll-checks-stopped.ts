// Two pollers whose stop() a pending timer cannot outrun: one keeps the handle and clears it in
// stop(); the other's tick starts by checking the state stop() sets, so a late firing does nothing.
export class FeedPoller {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private fetchFeed: () => Promise<string[]>, private everyMs: number) {}

  stop(): void {
    clearTimeout(this.timer);
  }

  tick(): void {
    this.fetchFeed().finally(() => {
      this.timer = setTimeout(() => this.tick(), this.everyMs);
    });
  }
}

export class StatusPoller {
  private stopped = false;

  constructor(private probe: () => Promise<void>, private everyMs: number) {}

  stop(): void {
    this.stopped = true;
  }

  tick(): void {
    // nothing to do once stopped
    if (this.stopped) {
      return;
    }
    this.probe().finally(() => {
      setTimeout(() => this.tick(), this.everyMs);
    });
  }
}
