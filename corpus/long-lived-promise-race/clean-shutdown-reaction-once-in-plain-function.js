// The worker's start-up function reacts to the shutdown promise once, and cancels whatever
// runs are active then; jobs only join and leave the active set.
let markStopping;
const stopping = new Promise((resolve) => {
  markStopping = resolve;
});
process.once('SIGTERM', () => markStopping());

const active = new Set();

function startWorker(queue) {
  stopping.then(() => {
    for (const run of active) run.cancel();
  });
  queue.on('job', async (run) => {
    active.add(run);
    try {
      await run.execute();
    } finally {
      active.delete(run);
    }
  });
}

module.exports = { startWorker };
