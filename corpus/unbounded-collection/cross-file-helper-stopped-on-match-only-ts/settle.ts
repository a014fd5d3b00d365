import { Worker } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { unwatchPayment, watchPayment } from './watcher';

// A queue job per payment: it stops the poll when the payment settles, but a payment that
// never settles within the hour ends the job with the poll (and its entry) still running.
async function settlePayment(job: { data: { paymentId: string } }): Promise<string> {
  const { paymentId } = job.data;
  const settled = new AbortController();
  watchPayment(paymentId, (state) => { // expect: unbounded-collection
    if (state === 'settled') {
      unwatchPayment(paymentId);
      settled.abort();
    }
  });
  try {
    await sleep(60 * 60 * 1000, undefined, { signal: settled.signal });
    return 'expired';
  } catch {
    return 'settled';
  }
}

export const settler = new Worker('payments', settlePayment, { connection: { host: 'redis' } });
