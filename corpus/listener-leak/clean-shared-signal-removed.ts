// The same queue removes its 'abort' listener when the task settles; a signal of the task's
// own controller dies with the task.
export class TaskQueue {
  async add<T>(task: () => Promise<T>, options: { signal?: AbortSignal } = {}): Promise<T> {
    const { signal } = options;
    let onAbort: (() => void) | undefined;
    try {
      return await new Promise<T>((resolve, reject) => {
        onAbort = () => reject(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        task().then(resolve, reject);
      });
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  async withDeadline<T>(task: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
    const controller = new AbortController();
    controller.signal.addEventListener('abort', () => console.warn('deadline passed'));
    const timer = setTimeout(() => controller.abort(), ms);
    try {
      return await task(controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }
}
