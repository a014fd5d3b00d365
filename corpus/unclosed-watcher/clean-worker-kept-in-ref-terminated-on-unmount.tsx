import { useCallback, useEffect, useRef, useState } from 'react';

// The same hook, terminating its worker when the component unmounts.
export function useFileHasher() {
  const [digest, setDigest] = useState<string | null>(null);
  const workerRef = useRef<Worker | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<string>) => setDigest(event.data);
    workerRef.current = worker;
    return () => {
      workerRef.current = null;
      worker.terminate();
    };
  }, []);

  const hash = useCallback((file: File) => {
    workerRef.current?.postMessage(file);
  }, []);

  return { digest, hash };
}
