// The same renewal, which stops once the job is finished.
import { Job, Worker } from 'bullmq';

let shuttingDown = false;
process.once('SIGTERM', () => {
  shuttingDown = true;
});

function keepLeaseAlive(job: Job, everyMs = 10_000): () => void {
  let done = false;
  const renew = async () => {
    if (shuttingDown || done) return;
    await job.updateData({ ...job.data, leasedAt: Date.now() });
    setTimeout(() => void renew().catch(() => undefined), everyMs);
  };
  void renew().catch(() => undefined);
  return () => {
    done = true;
  };
}

new Worker('transcode', async (job) => {
  const release = keepLeaseAlive(job);
  try {
    return job.data;
  } finally {
    release();
  }
}, { connection: { host: 'localhost', port: 6379 } });
