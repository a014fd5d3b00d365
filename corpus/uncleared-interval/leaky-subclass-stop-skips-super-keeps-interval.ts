// The same poller base; this subclass's stop() replaces the base's and only closes its client,
// so the base's interval keeps polling a closed client, and keeps the instance alive.
class Poller {
  protected timer?: NodeJS.Timeout;

  start(ms: number): void {
    this.timer = setInterval(() => this.poll(), ms);
  }

  protected poll(): void {}

  stop(): void {
    clearInterval(this.timer);
  }
}

export class QueueDepthPoller extends Poller {
  constructor(private readonly client: { send(command: string): void; close(): void }) {
    super();
  }

  protected poll(): void {
    this.client.send("DEPTH");
  }

  stop(): void { // expect: uncleared-interval
    this.client.close();
  }
}
