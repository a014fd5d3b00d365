// The job client's failure listener deletes the entry before it passes the failure on, so a
// failed job leaves nothing behind.
import { EventEmitter } from 'events';

export class JobClient {
  private nextId = 0;
  private jobs = new Map<number, EventEmitter>();

  submit(worker: EventEmitter, task: string): EventEmitter {
    const id = this.nextId++;
    const job = new EventEmitter();
    this.jobs.set(id, job);
    worker.on('error', (err: Error) => {
      this.jobs.delete(id);
      job.emit('error', err);
    });
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
