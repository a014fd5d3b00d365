// The worker pool's deadline takes the waiter out of the queue before it rejects, and the
// waiter served in time clears its deadline, so the queue holds only callers still waiting.
export interface Worker { run(task: string): Promise<string> }

interface Waiter { resolve: (w: Worker) => void; reject: (e: Error) => void; timer?: ReturnType<typeof setTimeout> }

export class WorkerPool {
  private free: Worker[] = [];
  private queue: Waiter[] = [];

  constructor(workers: Worker[]) {
    this.free.push(...workers);
  }

  take(deadlineMs = 5_000): Promise<Worker> {
    const worker = this.free.pop();
    if (worker) return Promise.resolve(worker);
    return new Promise<Worker>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      this.queue.push(waiter);
      waiter.timer = setTimeout(() => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        reject(new Error(`no worker within ${deadlineMs} ms`));
      }, deadlineMs);
    });
  }

  give(worker: Worker): void {
    const next = this.queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve(worker);
    } else {
      this.free.push(worker);
    }
  }
}
