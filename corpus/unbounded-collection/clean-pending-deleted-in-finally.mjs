// The same queue deletes the entry in `finally`: success and failure both end it.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';

const queue = new EventEmitter();
const running = new Map();

queue.on('job', async (job) => {
  const jobId = randomUUID();
  running.set(jobId, { job, startedAt: Date.now() });
  try {
    await job.run();
  } catch (error) {
    queue.emit('failed', job, error);
  } finally {
    running.delete(jobId);
  }
});

export { queue };
