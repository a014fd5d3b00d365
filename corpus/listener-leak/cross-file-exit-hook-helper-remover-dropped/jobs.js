// Every job registers a hook to delete its scratch directory at exit and drops the remover:
// the hooks of finished jobs, with their closures, pile up in the process-wide registry.
const fs = require('fs');
const { atExit } = require('./cleanup');

async function runJob(job) {
  const scratch = fs.mkdtempSync(`/tmp/job-${job.id}-`);
  atExit(job.id, () => fs.rmSync(scratch, { recursive: true, force: true })); // expect: listener-leak
  await job.run(scratch);
  fs.rmSync(scratch, { recursive: true, force: true });
}

async function drain(queue) {
  for await (const job of queue) await runJob(job);
}

module.exports = { drain };
