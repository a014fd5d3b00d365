// The worker takes each job's 'abort' listener off the shared shutdown signal when the job
// ends, whichever way it ends, so only running jobs are reachable from the signal.
const shutdown = new AbortController();

process.once('SIGTERM', () => shutdown.abort());

async function runJob(job, queue) {
  const work = queue.start(job);
  const cancel = () => work.cancel();
  shutdown.signal.addEventListener('abort', cancel);
  try {
    return await work.done;
  } finally {
    shutdown.signal.removeEventListener('abort', cancel);
  }
}

module.exports = { runJob };
