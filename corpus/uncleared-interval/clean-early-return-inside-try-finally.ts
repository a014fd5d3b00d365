// The check sits inside the `try`, so its early return passes through the `finally` that stops
// the heartbeat.
import { Job, Worker } from 'bullmq';

async function importBatch(job: Job<{ rows?: { id: string }[] }>): Promise<object> {
  const heartbeat = setInterval(() => job.extendLock(job.token ?? '', 60_000).catch(() => {}), 5_000);
  try {
    if (!Array.isArray(job.data.rows)) {
      await job.log('rejected: malformed payload');
      return { skipped: true };
    }
    for (const row of job.data.rows) await job.updateProgress(row.id);
    return { imported: job.data.rows.length };
  } finally {
    clearInterval(heartbeat);
  }
}

export const worker = new Worker('imports', importBatch, { connection: { host: '127.0.0.1' } });
