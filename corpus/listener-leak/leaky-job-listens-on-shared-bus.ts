// A worker runs each job with the process-wide event bus, and every job listens for the bus's
// shutdown to log where it stopped. The bus outlives every job: each finished job leaves its
// listener, and the job it closes over, on it.
import type { EventEmitter } from 'node:events';

interface Job {
  id: string;
  run(): Promise<void>;
}

export async function runJob(job: Job, bus: EventEmitter): Promise<void> {
  bus.on('shutdown', () => console.log(`job ${job.id} interrupted`)); // expect: listener-leak
  await job.run();
}
