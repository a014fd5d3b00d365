// `whenReady` waits for a ref to become true with an immediate watcher that stops itself. When
// the ref is already true, the callback runs inside `watch()`, before `stop` is assigned: the
// watcher is never stopped and keeps the ref's dependents and the resolved promise alive.
import { watch, type Ref } from 'vue';

export function whenReady(ready: Ref<boolean>): Promise<void> {
  let stop: (() => void) | null = null;
  return new Promise((resolve) => {
    stop = watch( // expect: dropped-unsubscribe
      ready,
      (value) => {
        if (value) {
          stop?.();
          resolve();
        }
      },
      { immediate: true },
    );
  });
}
