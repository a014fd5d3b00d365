import { useCallback, useEffect, useRef } from 'react';

// A hook that keeps a worker in a ref and posts to it through a local read from the ref; the
// effect's cleanup terminates the worker.
export function useResizer() {
  const workerRef = useRef<Worker | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('./resize.worker.js', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    return () => {
      workerRef.current = null;
      worker.terminate();
    };
  }, []);

  return useCallback((file: File) => {
    const worker = workerRef.current;
    if (worker) worker.postMessage({ file });
  }, []);
}
