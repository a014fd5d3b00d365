// A job waiter: each wait keeps wrapped settlers in the entry. The wrappers clear the timeout,
// and they run only when a queue event has taken the entry out; the timeout removes the rest.
import { QueueEvents } from 'bullmq';

interface Waiter {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class JobWaiter {
  private readonly waiters = new Map<string, Waiter>();
  private readonly events: QueueEvents;

  constructor(queueName: string) {
    this.events = new QueueEvents(queueName);
    this.events.on('completed', ({ jobId, returnvalue }) => {
      const waiter = this.waiters.get(jobId);
      if (!waiter) return;
      this.waiters.delete(jobId);
      waiter.resolve(returnvalue);
    });
    this.events.on('failed', ({ jobId, failedReason }) => {
      const waiter = this.waiters.get(jobId);
      if (!waiter) return;
      this.waiters.delete(jobId);
      waiter.reject(new Error(failedReason));
    });
  }

  wait(jobId: string, timeoutMs = 60_000): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(jobId);
        reject(new Error(`job ${jobId} timed out`));
      }, timeoutMs);
      const settle = <T>(fn: (value: T) => void) => (value: T) => {
        clearTimeout(timer);
        fn(value);
      };
      this.waiters.set(jobId, { resolve: settle(resolve), reject: settle(reject) });
    });
  }
}
