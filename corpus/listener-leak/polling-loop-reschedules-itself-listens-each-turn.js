const { EventEmitter } = require('node:events');

// A job runner's status poller. `checkQueue` hands itself to setTimeout after every turn, and
// each turn adds one more 'paused' listener to the runner's long-lived emitter.
const runnerEvents = new EventEmitter();

async function readStats() {
  const answer = await fetch('http://127.0.0.1:9400/stats');
  return answer.json();
}

function watchQueue(report, everyMs = 2000) {
  let paused = false;
  async function checkQueue() {
    runnerEvents.on('paused', () => { // expect: listener-leak
      paused = true;
    });
    if (!paused) report(await readStats());
    setTimeout(checkQueue, everyMs);
  }
  checkQueue();
}

module.exports = { runnerEvents, watchQueue };
