// A process-wide emitter; `publish()` passes it to a helper that hooks up a logger on every call.
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();

function traceEvents(target: EventEmitter, topic: string): void {
  target.on(topic, (payload: unknown) => console.debug('[bus]', topic, payload));
}

export function publish(topic: string, payload: unknown): void {
  traceEvents(bus, topic);
  bus.emit(topic, payload);
}
