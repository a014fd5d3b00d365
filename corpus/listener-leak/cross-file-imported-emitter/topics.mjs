// The process-wide topic emitter and a subscription helper over any emitter it is handed.
import { EventEmitter } from 'node:events';

export const topics = new EventEmitter();

export function subscribe(emitter, topic, handler) {
  emitter.on(topic, handler);
  return emitter;
}

export function follow(emitter, topic, handler) {
  emitter.on(topic, handler);
  return () => emitter.off(topic, handler);
}
