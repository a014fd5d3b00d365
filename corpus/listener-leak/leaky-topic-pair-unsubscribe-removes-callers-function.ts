// Topic helpers over one module-level bus: `subscribe()` adds a filtering closure for the
// topic, and `unsubscribe()` removes the caller's function, which the bus never had.
import { EventEmitter } from 'events';

const bus = new EventEmitter();

export function subscribe(topic: string, fn: (message: string) => void): void {
  bus.on('message', (to: string, message: string) => { // expect: listener-leak
    if (to === topic) fn(message);
  });
}

export function unsubscribe(topic: string, fn: (message: string) => void): void {
  bus.removeListener('message', fn);
}
