// A job waiter: each wait's entry goes on a queue event or when its timeout fires. The
// wrapper that clears the timeout is also handed to the publish callback, which on an error
// settles the caller and leaves the entry for good.
import type { EventEmitter } from 'events';

interface Bus extends EventEmitter {
  publish(topic: string, id: string, done: (error?: Error) => void): void;
}

export class JobWaiter {
  private readonly waiters = new Map<string, { resolve(value: unknown): void }>(); // expect: unbounded-collection

  constructor(private readonly bus: Bus) {
    bus.on('completed', ({ jobId, result }: { jobId: string; result: unknown }) => { // expect: listener-leak
      const waiter = this.waiters.get(jobId);
      if (!waiter) return;
      this.waiters.delete(jobId);
      waiter.resolve(result);
    });
  }

  wait(jobId: string, timeoutMs = 60_000): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(jobId);
        reject(new Error(`job ${jobId} timed out`));
      }, timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      this.waiters.set(jobId, { resolve });
      this.bus.publish('watch', jobId, (error) => {
        if (error) fail(error);
      });
    });
  }
}
