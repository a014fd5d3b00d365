// Replies from the pricing worker, matched to the request that asked by its id.
import { EventEmitter } from 'node:events';

export const worker = new EventEmitter();
const awaiting = new Map<string, (price: number) => void>();

worker.on('reply', (id: string, price: number) => {
  const deliver = awaiting.get(id);
  awaiting.delete(id);
  deliver?.(price);
});

export function awaitReply(id: string, deliver: (price: number) => void): () => void {
  awaiting.set(id, deliver);
  return () => {
    awaiting.delete(id);
  };
}
