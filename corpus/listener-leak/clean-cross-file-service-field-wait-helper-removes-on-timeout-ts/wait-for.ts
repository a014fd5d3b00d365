import type { EventEmitter } from 'node:events';

export function waitFor<T>(emitter: EventEmitter, event: string, matches: (payload: T) => boolean, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const onEvent = (payload: T) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      emitter.removeListener(event, onEvent);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      emitter.removeListener(event, onEvent);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    emitter.on(event, onEvent);
  });
}
