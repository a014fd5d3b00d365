// A pool of image workers picked round-robin. Each job listens for its reply on the worker it
// got; the listener comes off when a result arrives, but a failure reply rejects and returns
// first, so every failed job leaves its listener (and its promise) on a worker that stays.
import { Worker } from 'node:worker_threads';

interface Reply { job: number; ok: boolean; data?: Uint8Array; reason?: string }

export class ThumbnailPool {
  private readonly workers: Worker[] = [];
  private next = 0;
  private jobs = 0;

  constructor(script: string, size = 4) {
    for (let i = 0; i < size; i++) this.workers.push(new Worker(script));
  }

  thumbnail(image: Uint8Array): Promise<Uint8Array> {
    const worker = this.workers[this.next];
    this.next = (this.next + 1) % this.workers.length;
    const job = ++this.jobs;
    return new Promise((resolve, reject) => {
      const onReply = (reply: Reply) => {
        if (reply.job !== job) return;
        if (!reply.ok) {
          reject(new Error(reply.reason ?? 'thumbnail failed'));
          return;
        }
        worker.off('message', onReply);
        resolve(reply.data as Uint8Array);
      };
      worker.on('message', onReply); // expect: listener-leak
      worker.postMessage({ job, image });
    });
  }
}
