// Every job keeps the remover and calls it once its scratch directory is gone.
const fs = require('fs');
const { atExit } = require('./cleanup');

async function runJob(job) {
  const scratch = fs.mkdtempSync(`/tmp/job-${job.id}-`);
  const forget = atExit(job.id, () => fs.rmSync(scratch, { recursive: true, force: true }));
  try {
    await job.run(scratch);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    forget();
  }
}

async function drain(queue) {
  for await (const job of queue) await runJob(job);
}

module.exports = { drain };
