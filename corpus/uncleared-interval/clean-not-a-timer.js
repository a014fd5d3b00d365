// Names are not types: a local setInterval that is a test scheduler, and the promise-based
// setInterval of timers/promises, which is an async iterator stopped by leaving the loop.
const { setInterval: ticks } = require('timers/promises');

function makeScheduler() {
  const jobs = [];
  function setInterval(fn, ms) {
    jobs.push({ fn, ms });
    return jobs.length;
  }
  function addJob(fn) {
    setInterval(fn, 100);
  }
  return { addJob, jobs };
}

async function pollUntilReady(client) {
  for await (const _ of ticks(500)) {
    if (await client.ready()) break;
  }
}

module.exports = { makeScheduler, pollUntilReady };
