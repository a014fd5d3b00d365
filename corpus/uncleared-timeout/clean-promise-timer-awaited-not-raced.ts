// A retry loop waits between attempts; the promise timer is awaited, not raced, so it is gone
// once it resolves.
import { setTimeout as sleep } from 'node:timers/promises';

export async function withRetries<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries) throw error;
      await sleep(250 * 2 ** i);
    }
  }
}
