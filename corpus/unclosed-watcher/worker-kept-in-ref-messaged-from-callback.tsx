import { useCallback, useEffect, useRef, useState } from 'react';

// A hook that hashes files off the main thread. The effect makes a worker per mount and keeps it
// in a ref; `hash()` posts work to it. The cleanup only forgets the ref, so every mount leaves a
// worker thread listening for messages.
export function useFileHasher() {
  const [digest, setDigest] = useState<string | null>(null);
  const workerRef = useRef<Worker | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module' }); // expect: unclosed-watcher
    worker.onmessage = (event: MessageEvent<string>) => setDigest(event.data);
    workerRef.current = worker;
    return () => {
      workerRef.current = null;
    };
  }, []);

  const hash = useCallback((file: File) => {
    workerRef.current?.postMessage(file);
  }, []);

  return { digest, hash };
}
