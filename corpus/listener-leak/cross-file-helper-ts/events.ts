// Exported registration helpers, one of them returning a disposer.
import type { EventEmitter } from 'node:events';

export function onPrice(emitter: EventEmitter, handler: (price: number) => void): void {
  emitter.on('price', handler);
}

export default function onTick(emitter: EventEmitter, handler: () => void): () => void {
  emitter.on('tick', handler);
  return () => emitter.off('tick', handler);
}
