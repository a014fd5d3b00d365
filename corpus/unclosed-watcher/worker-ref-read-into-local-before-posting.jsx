import { useCallback, useEffect, useRef } from 'react';

// A hook that keeps a worker in a ref and posts to it through a local read from the ref; the
// effect's cleanup forgets the ref but never terminates the worker, one more per mount.
export function useResizer() {
  const workerRef = useRef(null);

  useEffect(() => {
    const worker = new Worker(new URL('./resize.worker.js', import.meta.url), { type: 'module' }); // expect: unclosed-watcher
    workerRef.current = worker;
    return () => {
      workerRef.current = null;
    };
  }, []);

  return useCallback((file) => {
    const worker = workerRef.current;
    if (worker) worker.postMessage({ file });
  }, []);
}
