// The same job takes its shutdown listener off the bus when it completes, however it ends;
// and the logger is wired to the bus once, by a function whose job is exactly that.
import type { EventEmitter } from 'node:events';

interface Job {
  id: string;
  run(): Promise<void>;
}

export async function runJob(job: Job, bus: EventEmitter): Promise<void> {
  const interrupted = () => console.log(`job ${job.id} interrupted`);
  bus.on('shutdown', interrupted);
  try {
    await job.run();
  } finally {
    bus.off('shutdown', interrupted);
  }
}

export async function attachLogger(bus: EventEmitter): Promise<void> {
  bus.on('shutdown', () => console.log('bus shutting down'));
}
