// A worker aborts running jobs on shutdown through one module-level controller. Every job adds
// an 'abort' listener to that shared signal and never takes it off when the job ends, so the
// signal keeps every finished job's closure until the process shuts down.
const shutdown = new AbortController();

process.once('SIGTERM', () => shutdown.abort());

async function runJob(job, queue) {
  const work = queue.start(job);
  shutdown.signal.addEventListener('abort', () => work.cancel()); // expect: listener-leak
  return work.done;
}

module.exports = { runJob };
