// Every idle round races the process-wide stop promise against a short sleep: each round
// leaves one more reaction on a promise that settles only at shutdown.
'use strict';
const { setTimeout: sleep } = require('node:timers/promises');
const { stopRequested } = require('./lifecycle');

async function poll(queue, handle) {
  for (;;) {
    const job = await queue.take();
    if (job) {
      await handle(job);
      continue;
    }
    const stop = await Promise.race([stopRequested, sleep(2000, false)]); // expect: long-lived-promise-race
    if (stop) return;
  }
}

module.exports = { poll };
