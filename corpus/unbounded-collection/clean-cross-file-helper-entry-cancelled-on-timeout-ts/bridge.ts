// The timeout gives the call up through the registry, which removes the entry: a naive
// matcher sees an add in a helper and a timeout that settles, and flags the call.
import { Worker } from 'worker_threads';
import { cancel, register, settle } from './pending';

export class Bridge {
  constructor(private worker: Worker) {
    worker.on('message', (message: { id: number; result: unknown }) => settle(message.id, message.result));
  }

  request(payload: unknown, timeoutMs = 5000): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = register({ resolve, reject });
      this.worker.postMessage({ id, payload });
      setTimeout(() => cancel(id, new Error('worker timed out')), timeoutMs);
    });
  }
}
