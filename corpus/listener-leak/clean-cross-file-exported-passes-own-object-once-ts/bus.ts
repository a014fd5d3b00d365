// The same tracing helper, hooked up once: a module flag makes every later call skip it.
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();
let traced = false;

function traceEvents(target: EventEmitter, topic: string): void {
  target.on(topic, (payload: unknown) => console.debug('[bus]', topic, payload));
}

export function publish(topic: string, payload: unknown): void {
  if (!traced) {
    traced = true;
    traceEvents(bus, 'order.placed');
  }
  bus.emit(topic, payload);
}
