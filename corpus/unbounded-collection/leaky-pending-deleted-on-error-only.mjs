// Each job gets an entry under a fresh id; only the failure path deletes it. Every job that
// succeeds stays in `running` for the life of the process.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';

const queue = new EventEmitter();
const running = new Map(); // expect: unbounded-collection

queue.on('job', async (job) => {
  const jobId = randomUUID();
  running.set(jobId, { job, startedAt: Date.now() });
  try {
    await job.run();
  } catch (error) {
    running.delete(jobId);
    queue.emit('failed', job, error);
  }
});

export { queue };
