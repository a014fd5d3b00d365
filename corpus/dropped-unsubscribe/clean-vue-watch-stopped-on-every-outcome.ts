// The same store stops the watcher on both outcomes before it settles the wait.
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';

type Status = 'queued' | 'running' | 'done' | 'failed';

export const useImports = defineStore('imports', () => {
  const status = ref<Record<string, Status>>({});

  function whenFinished(id: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const stop = watch(
        () => status.value[id],
        (now) => {
          if (now === 'done') {
            stop();
            resolve();
          } else if (now === 'failed') {
            stop();
            reject(new Error(`import ${id} failed`));
          }
        },
      );
    });
  }

  return { status, whenFinished };
});
