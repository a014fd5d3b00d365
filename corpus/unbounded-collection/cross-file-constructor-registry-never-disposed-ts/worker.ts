// Every job takes a lease that nothing ever releases.
import { EventEmitter } from 'node:events';
import { Lease } from './lease';

export function startWorker(queue: EventEmitter, workerId: string): void {
  queue.on('job', async (job: { id: string; resource: string; run(): Promise<void> }) => {
    const lease = new Lease(job.resource, workerId); // expect: unbounded-collection
    console.log('took %s at %d', lease.resource, lease.takenAt);
    await job.run();
  });
}
