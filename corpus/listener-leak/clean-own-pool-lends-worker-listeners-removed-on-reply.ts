import { Worker } from 'node:worker_threads';

// Image decoders are expensive to start: a few are kept and lent out per job.
export class DecoderPool {
  private readonly spare: Worker[] = [];

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.spare.push(new Worker('./decoder.js'));
  }

  private take(): Promise<Worker> {
    const worker = this.spare.shift();
    return worker ? Promise.resolve(worker) : new Promise((resolve) => setTimeout(() => resolve(this.take()), 5));
  }

  private putBack(worker: Worker): void {
    this.spare.push(worker);
  }

  async decode(bytes: Uint8Array): Promise<Uint8Array> {
    const worker = await this.take();
    return new Promise((resolve, reject) => {
      const onError = (err: Error): void => {
        worker.off('message', onMessage);
        reject(err);
      };
      const onMessage = (pixels: Uint8Array): void => {
        worker.off('error', onError);
        this.putBack(worker);
        resolve(pixels);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(bytes);
    });
  }
}
