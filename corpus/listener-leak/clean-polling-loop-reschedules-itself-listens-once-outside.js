const { EventEmitter } = require('node:events');

// The same poller with its 'paused' listener added once, before the loop starts.
const runnerEvents = new EventEmitter();

async function readStats() {
  const answer = await fetch('http://127.0.0.1:9400/stats');
  return answer.json();
}

function watchQueue(report, everyMs = 2000) {
  let paused = false;
  runnerEvents.once('paused', () => {
    paused = true;
  });
  async function checkQueue() {
    if (!paused) report(await readStats());
    setTimeout(checkQueue, everyMs);
  }
  checkQueue();
}

module.exports = { runnerEvents, watchQueue };
