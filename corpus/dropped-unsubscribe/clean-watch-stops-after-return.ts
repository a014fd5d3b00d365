// The same wait without the immediate option (the callback can only run after `watch()` has
// returned the handle), and an immediate watcher stopped outside its own callback.
import { watch, type Ref } from 'vue';

export function whenReady(ready: Ref<boolean>): Promise<void> {
  if (ready.value) {
    return Promise.resolve();
  }
  let stop: (() => void) | null = null;
  return new Promise((resolve) => {
    stop = watch(ready, (value) => {
      if (value) {
        stop?.();
        resolve();
      }
    });
  });
}

export function logWhile(source: Ref<number>, done: Promise<void>): void {
  const stop = watch(source, (value) => console.log(value), { immediate: true });
  done.then(() => stop());
}
