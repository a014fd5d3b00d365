// A queue worker races every blocking pop against a module-level promise that settles on a
// signal: each round leaves a reaction, and the round's result, on that promise until then.
import Redis from 'ioredis';

const redis = new Redis();

const stopRequested = new Promise<'stop'>((resolve) => {
  process.once('SIGTERM', () => resolve('stop'));
});

export async function runWorker(handle: (job: string) => Promise<void>): Promise<void> {
  for (;;) {
    const next = await Promise.race([redis.blpop('jobs', 5), stopRequested]); // expect: long-lived-promise-race
    if (next === 'stop') break;
    if (next) await handle(next[1]);
  }
}
