// A job client keeps each submitted job until its result arrives. When the job's worker
// fails, the client forwards the failure to the job's caller and never deletes the entry.
import { EventEmitter } from 'events';

export class JobClient {
  private nextId = 0;
  private jobs = new Map<number, EventEmitter>(); // expect: unbounded-collection

  submit(worker: EventEmitter, task: string): EventEmitter {
    const id = this.nextId++;
    const job = new EventEmitter();
    this.jobs.set(id, job);
    worker.on('error', (err: Error) => job.emit('error', err));
    worker.emit('run', { id, task });
    return job;
  }

  onMessage(message: { id: number; result: unknown }): void {
    const job = this.jobs.get(message.id);
    if (job) {
      this.jobs.delete(message.id);
      job.emit('done', message.result);
    }
  }
}
