// A sleep helper raced against each job's completion: the reaction on the sleep captures the
// job, so every job the worker finishes in time stays reachable for another minute.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function watch(queue) {
  queue.on('job', (job) => {
    Promise.race([
      job.finished(),
      sleep(60_000).then(() => { throw new Error(`job ${job.id} is stuck`); }), // expect: uncleared-timeout
    ]).catch((error) => queue.report(error));
  });
}

module.exports = { watch };
