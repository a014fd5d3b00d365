// Lets concurrent lookups of one key share a single upstream call. The entry goes when the
// call settles, however it ends.
export class Coalescer<T> {
  private readonly pending = new Map<string, Promise<T>>();

  share(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.pending.get(key);
    if (running) return running;
    const call = load().finally(() => {
      this.pending.delete(key);
    });
    this.pending.set(key, call);
    return call;
  }

  get inFlight(): number {
    return this.pending.size;
  }
}
