import { EventEmitter } from 'node:events';

// The same poller with its 'paused' listener added once, before the loop starts.
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
  runnerEvents.once('paused', () => {
    paused = true;
  });
  async function checkQueue(): Promise<void> {
    if (!paused) report(await readStats());
    setTimeout(checkQueue, everyMs);
  }
  void checkQueue();
}
