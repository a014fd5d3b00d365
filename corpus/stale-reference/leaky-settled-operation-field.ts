// A cached query keeps the runner of its last fetch in a field; once the fetch settles the
// runner's promise still holds the raw response, a second copy of the data, for as long as the
// query stays in the cache.
interface Runner<T> { start(): Promise<T>; cancel(): void }
declare function createRunner<T>(fn: () => Promise<T>): Runner<T>;

export class CachedQuery<T> {
  #runner?: Runner<T>;
  data?: T;

  constructor(private readonly load: () => Promise<T>) {}

  async fetch(): Promise<T> {
    this.#runner = createRunner(this.load); // expect: stale-reference
    const data = await this.#runner.start();
    this.data = data;
    return data;
  }

  cancel(): void {
    this.#runner?.cancel();
  }
}
