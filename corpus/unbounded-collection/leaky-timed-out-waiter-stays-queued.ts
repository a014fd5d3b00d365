// A worker pool queues callers while every worker is busy and gives up on them after a
// deadline, but the deadline only rejects: the waiter stays in the queue, with the caller's
// promise functions, until a worker frees up, and a pool that stays saturated never does.
export interface Worker { run(task: string): Promise<string> }

interface Waiter { resolve: (w: Worker) => void; reject: (e: Error) => void }

export class WorkerPool {
  private free: Worker[] = [];
  private queue: Waiter[] = []; // expect: unbounded-collection

  constructor(workers: Worker[]) {
    this.free.push(...workers);
  }

  take(deadlineMs = 5_000): Promise<Worker> {
    const worker = this.free.pop();
    if (worker) return Promise.resolve(worker);
    return new Promise<Worker>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      this.queue.push(waiter);
      setTimeout(() => reject(new Error(`no worker within ${deadlineMs} ms`)), deadlineMs);
    });
  }

  give(worker: Worker): void {
    const next = this.queue.shift();
    if (next) next.resolve(worker);
    else this.free.push(worker);
  }
}
