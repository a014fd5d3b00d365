// A lease renewal that reschedules itself through `void renew().catch(...)`, started per job:
// only a process-wide flag stops it, so every job ever processed keeps renewing.
import { Job, Worker } from 'bullmq';

let shuttingDown = false;
process.once('SIGTERM', () => {
  shuttingDown = true;
});

function keepLeaseAlive(job: Job, everyMs = 10_000): void {
  const renew = async () => {
    if (shuttingDown) return;
    await job.updateData({ ...job.data, leasedAt: Date.now() });
    setTimeout(() => void renew().catch(() => undefined), everyMs);
  };
  void renew().catch(() => undefined);
}

new Worker('transcode', async (job) => {
  keepLeaseAlive(job); // expect: uncleared-timeout
  return job.data;
}, { connection: { host: 'localhost', port: 6379 } });
