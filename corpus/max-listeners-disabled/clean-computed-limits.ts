// Limits computed at run time, a mutable binding, and a property that merely shares the name.
import { EventEmitter } from 'node:events';

let configured = 0;

export function configure(limit: number): void {
  configured = limit;
}

export function apply(emitter: EventEmitter, subscribers: number): void {
  emitter.setMaxListeners(Math.max(10, subscribers * 2));
  emitter.setMaxListeners(configured);
}

export const settings = { setMaxListeners: 0, defaultMaxListeners: 10 };
