// Lets concurrent lookups of one key share a single upstream call. The entry goes when the
// call resolves; a rejected call keeps its entry, and its rejection, for good.
export class Coalescer<T> {
  private readonly pending = new Map<string, Promise<T>>();

  share(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.pending.get(key);
    if (running) return running;
    const call = load().then((value) => {
      this.pending.delete(key);
      return value;
    });
    this.pending.set(key, call);
    return call;
  }

  get inFlight(): number {
    return this.pending.size;
  }
}
