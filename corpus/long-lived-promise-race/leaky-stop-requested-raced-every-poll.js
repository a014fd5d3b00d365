// The same worker in JavaScript: one reaction per poll stays on the stop promise.
const Redis = require('ioredis');

const redis = new Redis();
const stopRequested = new Promise((resolve) => process.once('SIGINT', () => resolve('stop')));

async function runWorker(handle) {
  while (true) {
    const next = await Promise.race([redis.blpop('jobs', 5), stopRequested]); // expect: long-lived-promise-race
    if (next === 'stop') break;
    if (next) await handle(next[1]);
  }
}

module.exports = { runWorker };
