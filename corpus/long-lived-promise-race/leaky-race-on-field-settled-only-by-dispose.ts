export class Ticker {
  private running = false;
  private readonly gone: Promise<void>;
  private release!: () => void;

  constructor(private readonly tick: () => Promise<void>, private readonly everyMs: number) {
    this.gone = new Promise<void>((resolve) => {
      this.release = resolve;
    });
  }

  async run(): Promise<void> {
    this.running = true;
    while (this.running) {
      await this.tick();
      await Promise.race([new Promise((r) => setTimeout(r, this.everyMs)), this.gone]); // expect: long-lived-promise-race
    }
  }

  dispose(): void {
    this.running = false;
    this.release();
  }
}
