// The twin: the stop promise is raced once, against the whole loop (run once, from main()),
// which checks a flag the stop sets; each round sleeps on its own.
import { setTimeout as sleep } from 'node:timers/promises';

let requestStop!: (value: true) => void;
const stopRequested = new Promise<true>((resolve) => { requestStop = resolve; });
process.once('SIGTERM', () => requestStop(true));

async function poll(queue: { take(): Promise<unknown> }, handle: (job: unknown) => Promise<void>): Promise<void> {
  let stopping = false;
  void stopRequested.then(() => { stopping = true; });
  const loop = (async () => {
    while (!stopping) {
      const job = await queue.take();
      if (job) await handle(job);
      else await sleep(2000);
    }
  })();
  await Promise.race([loop, stopRequested]);
}

export async function main(queue: { take(): Promise<unknown> }, handle: (job: unknown) => Promise<void>): Promise<void> {
  await poll(queue, handle);
}
