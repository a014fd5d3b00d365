// Samples a queue's depth on a schedule until stopped.
export class DepthSampler {
  private timer?: ReturnType<typeof setInterval>;
  private samples: number[] = [];

  constructor(private readonly read: () => Promise<number>, private readonly everyMs = 2000) {}

  start(): void {
    this.timer = setInterval(async () => {
      this.samples.push(await this.read());
    }, this.everyMs);
  }

  stop(): number[] {
    clearInterval(this.timer);
    return this.samples;
  }
}
