// The pool makes its workers in the constructor and replaces one only after taking the dead one
// out: `workers` never holds more than `size` entries.
import { Worker } from 'node:worker_threads';

export class ResizePool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];

  constructor(private readonly script: string, size = 4) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(this.script);
    worker.on('error', () => {
      this.workers.delete(worker);
      this.idle.splice(this.idle.indexOf(worker) >>> 0, 1);
      this.spawn();
    });
    worker.on('message', () => this.idle.push(worker));
    this.workers.add(worker);
    this.idle.push(worker);
  }

  take(): Worker | undefined {
    return this.idle.shift();
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
  }
}

export const resizePool = new ResizePool(new URL('./resize-worker.js', import.meta.url).pathname);
