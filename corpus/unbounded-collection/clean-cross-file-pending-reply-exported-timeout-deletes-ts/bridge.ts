// The same worker bridge, but the timeout removes the entry before it rejects.
import type { Worker } from 'node:worker_threads';

let counter = 0;
const waiting = new Map<number, (answer: string) => void>();

export function ask(worker: Worker, question: string, ms = 5000): Promise<string> {
  const ticket = ++counter;
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      waiting.delete(ticket);
      reject(new Error(`no answer to ${question}`));
    }, ms);
    waiting.set(ticket, resolve);
    worker.postMessage({ ticket, question });
  });
}

export function answered(message: { ticket: number; answer: string }): void {
  const resolve = waiting.get(message.ticket);
  if (resolve === undefined) return;
  waiting.delete(message.ticket);
  resolve(message.answer);
}
