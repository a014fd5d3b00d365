import type { EventEmitter } from 'node:events';

export function timeRequests(client: EventEmitter, report: (id: string, ms: number) => void): void {
  const pending = new Map<string, number>(); // expect: unbounded-collection

  client.on('request', (id: string) => {
    pending.set(id, performance.now());
  });

  client.on('response', (id: string) => {
    const started = pending.get(id);
    pending.delete(id);
    if (started !== undefined) report(id, performance.now() - started);
  });

  client.on('error', (id: string) => {
    const started = pending.get(id);
    if (started !== undefined) report(id, -1);
  });
}
