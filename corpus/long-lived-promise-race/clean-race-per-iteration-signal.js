// The loop checks a flag the caller flips instead, and races each read against a timeout made
// for that read alone.
async function consume(queue, state) {
  while (!state.stopped) {
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(resolve, 1000, null); });
    try {
      const job = await Promise.race([queue.next(), timeout]);
      if (job) await job.run();
    } finally {
      clearTimeout(timer);
    }
  }
}

module.exports = { consume };
