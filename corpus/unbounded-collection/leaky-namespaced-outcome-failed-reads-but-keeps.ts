// Export jobs wait for the worker's answer, kept by job id. 'export.done' removes the entry;
// 'export.failed' rejects the caller but leaves the entry.
import { randomUUID } from 'crypto';
import type { EventEmitter } from 'events';

interface Waiter { resolve(url: string): void; reject(error: Error): void }

const waiters = new Map<string, Waiter>(); // expect: unbounded-collection

export function listen(worker: EventEmitter): void {
  worker.on('export.done', ({ id, url }: { id: string; url: string }) => {
    const waiter = waiters.get(id);
    if (!waiter) return;
    waiters.delete(id);
    waiter.resolve(url);
  });
  worker.on('export.failed', ({ id, reason }: { id: string; reason: string }) => {
    const waiter = waiters.get(id);
    if (waiter) waiter.reject(new Error(reason));
  });
}

export function startExport(worker: EventEmitter, query: string): Promise<string> {
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    waiters.set(id, { resolve, reject });
    worker.emit('export', { id, query });
  });
}
