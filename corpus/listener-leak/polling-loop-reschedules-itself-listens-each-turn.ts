import { EventEmitter } from 'node:events';

// A job runner's status poller. `checkQueue` hands itself to setTimeout after every turn, and
// each turn adds one more 'paused' listener to the runner's long-lived emitter.
export const runnerEvents = new EventEmitter();

interface QueueStats {
  waiting: number;
  active: number;
}

async function readStats(): Promise<QueueStats> {
  const answer = await fetch('http://127.0.0.1:9400/stats');
  return (await answer.json()) as QueueStats;
}

export function watchQueue(report: (stats: QueueStats) => void, everyMs = 2000): void {
  let paused = false;
  async function checkQueue(): Promise<void> {
    runnerEvents.on('paused', () => { // expect: listener-leak
      paused = true;
    });
    if (!paused) report(await readStats());
    setTimeout(checkQueue, everyMs);
  }
  void checkQueue();
}
