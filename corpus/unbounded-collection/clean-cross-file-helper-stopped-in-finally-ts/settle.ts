import { Worker } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { unwatchPayment, watchPayment } from './watcher';

// A queue job per payment: the poll stops in `finally`, whether the payment settles or the
// hour runs out.
async function settlePayment(job: { data: { paymentId: string } }): Promise<string> {
  const { paymentId } = job.data;
  const settled = new AbortController();
  watchPayment(paymentId, (state) => {
    if (state === 'settled') settled.abort();
  });
  try {
    await sleep(60 * 60 * 1000, undefined, { signal: settled.signal });
    return 'expired';
  } catch {
    return 'settled';
  } finally {
    unwatchPayment(paymentId);
  }
}

export const settler = new Worker('payments', settlePayment, { connection: { host: 'redis' } });
