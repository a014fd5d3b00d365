// The process's event bus, and a helper that subscribes a handler to one topic.
import { EventEmitter } from 'events';

export const bus = new EventEmitter();

export function onTopic(topic: string, handler: (event: unknown) => void): void {
  bus.on(topic, handler);
}

