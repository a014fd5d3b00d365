// Every job releases its lease however the job ends.
import { EventEmitter } from 'node:events';
import { Lease } from './lease';

export function startWorker(queue: EventEmitter, workerId: string): void {
  queue.on('job', async (job: { id: string; resource: string; run(): Promise<void> }) => {
    const lease = new Lease(job.resource, workerId);
    try {
      await job.run();
    } finally {
      lease.release();
    }
  });
}
