// The stop promise is raced once, against the whole run, not once per poll.
const Redis = require('ioredis');

const redis = new Redis();
const stopRequested = new Promise((resolve) => process.once('SIGINT', () => resolve('stop')));
let running = true;

async function drain(handle) {
  while (running) {
    const next = await redis.blpop('jobs', 5);
    if (next) await handle(next[1]);
  }
}

async function runWorker(handle) {
  await Promise.race([drain(handle), stopRequested]);
  running = false;
}

runWorker(async (job) => console.log('job', job)).then(() => redis.quit());
