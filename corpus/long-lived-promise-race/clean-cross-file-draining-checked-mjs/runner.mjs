// The worker checks a flag the drain sets between builds, and races the drain once, for the
// whole loop, instead of once per build.
import { draining } from './lifecycle.mjs';
import { build } from './build.mjs';

let stopping = false;
draining.then(() => { stopping = true; });

export async function work(jobs) {
  for await (const job of jobs) {
    if (stopping) break;
    const outcome = await build(job);
    console.log(job.id, outcome.ok);
  }
}
