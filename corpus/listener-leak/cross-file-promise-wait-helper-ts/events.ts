// Resolves when `target` emits `name` with a payload that passes `test`. The handler is
// never taken off: it keeps the closure (and `test`) for as long as `target` lives.
import type { EventEmitter } from 'node:events';

export default function waitForEvent<T>(target: EventEmitter, name: string, test: (value: T) => boolean): Promise<T> {
  return new Promise<T>((resolve) => {
    target.on(name, (value: T) => {
      if (test(value)) resolve(value);
    });
  });
}
