// A worker's run state: `halted` settles once, when the worker halts.
export const HALTED = Symbol('halted');

export class RunState {
  private release!: () => void;
  readonly halted = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  running = false;

  begin(): void {
    this.running = true;
  }

  halt(): void {
    this.running = false;
    this.release();
  }

  unlessHalted<T>(work: Promise<T>): Promise<T | typeof HALTED> {
    return Promise.race([work, this.halted.then(() => HALTED)]);
  }
}
