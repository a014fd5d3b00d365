// The same pool takes the listener off as soon as its own reply arrives, before it branches.
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
        worker.off('message', onReply);
        if (!reply.ok) {
          reject(new Error(reply.reason ?? 'thumbnail failed'));
          return;
        }
        resolve(reply.data as Uint8Array);
      };
      worker.on('message', onReply);
      worker.postMessage({ job, image });
    });
  }
}
