// The same queue helper; its callers hand it closures over what they copied out.
import PQueue from 'p-queue';

const background = new PQueue({ concurrency: 4, timeout: 60_000 });

export function runLater(name: string, task: () => Promise<void>): void {
  const queuedAt = Date.now();
  void background.add(async () => {
    await task();
    console.log(`${name} ran ${Date.now() - queuedAt} ms after it was queued`);
  });
}

export function pendingJobs(): number {
  return background.size + background.pending;
}
