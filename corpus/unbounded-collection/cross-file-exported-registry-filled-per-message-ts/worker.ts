// Every message from the queue registers a callback under a fresh id, and nothing deletes
// it once the result has been delivered: one entry per message, kept forever.
import { randomUUID } from 'crypto';
import { EventEmitter } from 'events';
import { waiting } from './registry';

export const queue = new EventEmitter();

queue.on('job', (job: { payload: string; reply: (r: unknown) => void }) => {
  const id = randomUUID();
  waiting[id] = job.reply; // expect: unbounded-collection
  queue.emit('dispatch', { id, payload: job.payload });
});

queue.on('result', (message: { id: string; result: unknown }) => {
  waiting[message.id]?.(message.result);
});
