// A consumer loop races each read against the `stopped` promise its caller hands it, which
// settles only at shutdown: every iteration adds one more reaction to it, holding that
// iteration's race, for the life of the process.
async function consume(queue, stopped) {
  for (;;) {
    const job = await Promise.race([queue.next(), stopped]); // expect: long-lived-promise-race
    if (!job) return;
    await job.run();
  }
}

module.exports = { consume };
