// The worker checks a flag the signal sets between polls, and races nothing against it.
import Redis from 'ioredis';

const redis = new Redis();
let stopRequested = false;
process.once('SIGTERM', () => {
  stopRequested = true;
});

export async function runWorker(handle: (job: string) => Promise<void>): Promise<void> {
  while (!stopRequested) {
    const next = await redis.blpop('jobs', 5);
    if (next) await handle(next[1]);
  }
}
