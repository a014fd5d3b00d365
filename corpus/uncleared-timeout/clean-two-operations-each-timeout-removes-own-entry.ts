// Two kinds of request share one table. Each request's timeout removes its own entry when it
// fires, and the reply clears the entry's timer before removing it: the timeout of one kind
// removing its entry is no way out for the other kind's timer.
import { randomUUID } from 'node:crypto';

interface Waiting {
  resolve: (value: unknown) => void;
  timeout: NodeJS.Timeout;
}

export class ClusterClient {
  private readonly requests = new Map<string, Waiting>();

  constructor(private readonly publish: (msg: object) => void) {}

  fetchSockets(room: string): Promise<unknown> {
    const id = randomUUID();
    return new Promise((resolve) => {
      const timeout = setTimeout(() => {
        this.requests.delete(id);
        resolve([]);
      }, 5_000);
      this.requests.set(id, { resolve, timeout });
      this.publish({ type: 'fetch', id, room });
    });
  }

  serverSideEmit(event: string): Promise<unknown> {
    const id = randomUUID();
    return new Promise((resolve) => {
      const timeout = setTimeout(() => {
        this.requests.delete(id);
        resolve(null);
      }, 5_000);
      this.requests.set(id, { resolve, timeout });
      this.publish({ type: 'emit', id, event });
    });
  }

  onResponse(id: string, value: unknown): void {
    const waiting = this.requests.get(id);
    if (!waiting) return;
    clearTimeout(waiting.timeout);
    this.requests.delete(id);
    waiting.resolve(value);
  }
}
