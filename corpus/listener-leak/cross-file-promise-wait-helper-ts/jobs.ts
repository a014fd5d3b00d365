// The queue's emitter is shared by every job; each submission waits for its own 'done'.
import { EventEmitter } from 'node:events';
import waitForEvent from './events';

interface Done {
  jobId: string;
  output: string;
}

const queueEvents = new EventEmitter();

export class JobService {
  async submit(jobId: string, payload: string): Promise<string> {
    queueEvents.emit('queued', { jobId, payload });
    const done = await waitForEvent<Done>(queueEvents, 'done', (d) => d.jobId === jobId); // expect: listener-leak
    return done.output;
  }
}

export const jobs = new JobService();
