// Tracks the jobs in flight for a status page; `finish()` forgets one again.
const running = new Set();

export function begin(job) {
  running.add(job);
  return job;
}

export function finish(job) {
  running.delete(job);
}

export function status() {
  return [...running].map((job) => ({ id: job.id, ageMs: Date.now() - job.startedAt }));
}
