// A job broker waits for each worker's result with a deadline that also drops the waiting
// entry. A result that arrives first drops the entry but leaves the deadline pending, with
// the whole entry in its closure, for two minutes.
import { EventEmitter } from 'node:events';

interface Waiting {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  deadline: NodeJS.Timeout;
}

export class Broker {
  private waiting: Record<string, Waiting> = {};
  private seq = 0;

  constructor(private readonly workers: EventEmitter) {}

  dispatch(kind: string, body: unknown): Promise<unknown> {
    const jobId = `${kind}-${this.seq++}`;
    return new Promise((resolve, reject) => {
      this.waiting[jobId] = {
        resolve,
        reject,
        deadline: setTimeout(() => { // expect: uncleared-timeout
          delete this.waiting[jobId];
          reject(new Error(`job ${jobId} timed out`));
        }, 120_000),
      };
      this.workers.emit('job', jobId, kind, body);
    });
  }

  // called by the transport with each worker's result
  settle(jobId: string, result: unknown): void {
    const entry = this.waiting[jobId];
    if (!entry) return;
    delete this.waiting[jobId];
    entry.resolve(result);
  }
}
