// The topic helpers keep each filtering closure on the caller's function and remove that
// closure, the listener the bus really has.
import { EventEmitter } from 'events';

type Handler = ((message: string) => void) & { listener?: (to: string, message: string) => void };

const bus = new EventEmitter();

export function subscribe(topic: string, fn: Handler): void {
  fn.listener = (to: string, message: string) => {
    if (to === topic) fn(message);
  };
  bus.on('message', fn.listener);
}

export function unsubscribe(topic: string, fn: Handler): void {
  if (fn.listener) bus.removeListener('message', fn.listener);
}
