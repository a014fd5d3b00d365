// The same query, clearing the runner once its fetch settles; and a task chain whose tail is
// the point of the field.
interface Runner<T> { start(): Promise<T>; cancel(): void }
declare function createRunner<T>(fn: () => Promise<T>): Runner<T>;

export class CachedQuery<T> {
  #runner?: Runner<T>;
  data?: T;

  constructor(private readonly load: () => Promise<T>) {}

  async fetch(): Promise<T> {
    const runner = (this.#runner = createRunner(this.load));
    try {
      const data = await runner.start();
      this.data = data;
      return data;
    } finally {
      if (this.#runner === runner) this.#runner = undefined;
    }
  }

  cancel(): void {
    this.#runner?.cancel();
  }
}

export class Serialiser {
  private tail: Promise<void> = Promise.resolve();

  async run(task: () => Promise<void>): Promise<void> {
    this.tail = this.tail.then(task).catch(() => {});
    await this.tail;
  }
}
