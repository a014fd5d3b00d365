// Each thumbnail gets a worker of its own, terminated in a `finally` however the render ends.
import { Worker } from 'node:worker_threads';

export class Thumbnailer {
  constructor(private readonly script: URL) {}

  private start(): Worker {
    return new Worker(this.script);
  }

  private ask(worker: Worker, image: Buffer, width: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      worker.once('message', (reply: { ok: boolean; data?: Uint8Array; error?: string }) =>
        reply.ok && reply.data ? resolve(Buffer.from(reply.data)) : reject(new Error(reply.error)));
      worker.once('error', reject);
      worker.postMessage({ image, width });
    });
  }

  async make(image: Buffer, width: number): Promise<Buffer> {
    const worker = this.start();
    try {
      return await this.ask(worker, image, width);
    } catch (err) {
      console.warn('thumbnail failed', err);
      throw err;
    } finally {
      await worker.terminate();
    }
  }
}
