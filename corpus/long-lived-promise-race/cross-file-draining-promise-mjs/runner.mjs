// Every build races the drain: each one adds a reaction to a promise that settles only at
// shutdown, and that reaction keeps the build's whole result, logs included, until then.
import { draining } from './lifecycle.mjs';
import { build } from './build.mjs';

export async function runBuild(job) {
  const outcome = await Promise.race([build(job), draining]);
  return outcome === 'drain' ? { id: job.id, requeue: true } : { id: job.id, ok: outcome.ok };
}

export async function work(jobs) {
  for await (const job of jobs) {
    await runBuild(job); // expect: long-lived-promise-race
  }
}
