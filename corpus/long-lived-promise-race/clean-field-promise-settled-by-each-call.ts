export class Gate {
  private opened: Promise<void>;
  private open!: () => void;

  constructor() {
    this.opened = this.next();
  }

  private next(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.open = resolve;
    });
  }

  async pass<T>(work: () => Promise<T>): Promise<T> {
    await Promise.race([this.opened, new Promise((r) => setTimeout(r, 1000))]);
    return work();
  }

  release(): void {
    this.open();
    this.opened = this.next();
  }
}
