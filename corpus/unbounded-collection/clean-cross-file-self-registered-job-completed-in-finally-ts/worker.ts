import { Worker } from 'bullmq';
import { SyncRun } from './sync-run';
import { fetchFeed, upsertItems } from './catalogue';

export const worker = new Worker('catalogue-sync', async (job) => {
  const run = new SyncRun(job.data.supplier, []);
  try {
    run.mark('fetching');
    const feed = await fetchFeed(job.data.supplier);
    run.mark('writing');
    await upsertItems(feed.items);
  } finally {
    run.markDone();
  }
});
