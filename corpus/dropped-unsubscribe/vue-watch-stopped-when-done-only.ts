// A Pinia store waits for an import to finish by watching its status. The watcher is stopped
// when the import is done, but a failed import rejects and leaves it watching for good.
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';

type Status = 'queued' | 'running' | 'done' | 'failed';

export const useImports = defineStore('imports', () => {
  const status = ref<Record<string, Status>>({});

  function whenFinished(id: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const stop = watch( // expect: dropped-unsubscribe
        () => status.value[id],
        (now) => {
          if (now === 'done') {
            stop();
            resolve();
          } else if (now === 'failed') {
            reject(new Error(`import ${id} failed`));
          }
        },
      );
    });
  }

  return { status, whenFinished };
});
