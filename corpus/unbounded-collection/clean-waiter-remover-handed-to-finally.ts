// Each round of the poll loop adds a waiter and hands its remover to the race's `finally`, so the
// waiter leaves the set whichever side of the race wins.
export class Poller {
  private stopping = false;
  private readonly waiters = new Set<() => void>();

  async run(poll: () => Promise<string[]>): Promise<void> {
    while (!this.stopping) {
      const stopped = this.whenStopped();
      const next = await Promise.race([stopped.promise, poll()]).finally(stopped.cancel);
      if (next === 'stopped') break;
    }
  }

  stop(): void {
    this.stopping = true;
    for (const wake of this.waiters) wake();
  }

  private whenStopped(): { promise: Promise<'stopped'>; cancel: () => void } {
    let wake!: () => void;
    const promise = new Promise<'stopped'>((resolve) => {
      wake = () => resolve('stopped');
    });
    this.waiters.add(wake);
    return { promise, cancel: () => this.waiters.delete(wake) };
  }
}

export const poller = new Poller();
