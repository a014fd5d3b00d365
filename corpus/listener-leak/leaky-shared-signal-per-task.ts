// A task queue listens for 'abort' on the caller's signal for every task and never removes the
// listener when the task finishes. One signal for a whole page or batch keeps every finished
// task's listener, and what it closes over, until the page is torn down. `{ once: true }` does
// not help: it removes the listener only if the signal aborts.
export class TaskQueue {
  private running = 0;

  async add<T>(task: () => Promise<T>, options: { signal?: AbortSignal } = {}): Promise<T> {
    this.running++;
    try {
      return await new Promise<T>((resolve, reject) => {
        options.signal?.addEventListener('abort', () => reject(options.signal?.reason), { once: true }); // expect: listener-leak
        task().then(resolve, reject);
      });
    } finally {
      this.running--;
    }
  }
}
