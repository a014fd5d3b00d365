interface Entry {
  event: object;
  resolve: () => void;
  reject: (err: Error) => void;
}

export class EventShipper {
  private queue: Entry[] = [];
  private busy = false;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly transport: { send(events: object[]): Promise<void> }, everyMs = 2000) {
    this.timer = setInterval(() => void this.ship(), everyMs);
    this.timer.unref();
  }

  record(event: object): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
    });
  }

  async ship(): Promise<void> {
    if (this.busy || this.queue.length === 0) return;
    this.busy = true;
    const batch = this.queue.splice(0);
    try {
      await this.transport.send(batch.map((entry) => entry.event));
      for (const entry of batch) entry.resolve();
    } catch (err) {
      for (const entry of batch) entry.reject(err as Error);
    } finally {
      this.busy = false;
    }
  }

  close(): void {
    clearInterval(this.timer);
  }
}
