// A polling hook whose stop() is memoized with useCallback; the effect's cleanup calls it, so
// the interval the effect stored in the ref is cleared on every re-run and at unmount.
import { useCallback, useEffect, useRef, useState } from "react";

export function usePolling<T>(fetcher: () => Promise<T>, intervalMs: number): { data: T | undefined; stop: () => void } {
  const [data, setData] = useState<T>();
  const timerRef = useRef<number>();

  const stop = useCallback(() => {
    if (timerRef.current !== undefined) {
      window.clearInterval(timerRef.current);
      timerRef.current = undefined;
    }
  }, []);

  useEffect(() => {
    const run = () => void fetcher().then(setData);
    run();
    timerRef.current = window.setInterval(run, intervalMs);
    return () => stop();
  }, [fetcher, intervalMs, stop]);

  return { data, stop };
}
