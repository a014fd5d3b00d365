// The heartbeat starts before the payload is checked; a malformed job returns early, before
// the `try` whose `finally` stops it, and its interval keeps extending the lock for good.
const { Worker } = require('bullmq');

async function importBatch(job) {
  const heartbeat = setInterval(() => job.extendLock(job.token, 60000).catch(() => {}), 5000); // expect: uncleared-interval
  if (!Array.isArray(job.data.rows)) {
    await job.log('rejected: malformed payload');
    return { skipped: true };
  }
  try {
    for (const row of job.data.rows) await job.updateProgress(row.id);
    return { imported: job.data.rows.length };
  } finally {
    clearInterval(heartbeat);
  }
}

module.exports = new Worker('imports', importBatch, { connection: { host: '127.0.0.1' } });
