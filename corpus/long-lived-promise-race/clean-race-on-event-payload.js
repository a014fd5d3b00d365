// Each job the queue hands to the handler is raced against a deadline once: the job's own
// completion promise ends with that job, not with the queue.
function watch(queue, report) {
  queue.on('job', (job) => {
    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`job ${job.id} is stuck`)), 60_000);
    });
    Promise.race([job.finished(), deadline]).catch(report).finally(() => clearTimeout(timer));
  });
}

module.exports = { watch };
