// The autosave interval restarts when the delay setting changes; each run's cleanup clears the
// interval it started, and the ref only lets `flushNow` reach the current one.
import { useCallback, useEffect, useRef } from 'react';

export function useAutosave(save: () => void, delayMs: number) {
  const timerRef = useRef<ReturnType<typeof setInterval>>();
  useEffect(() => {
    timerRef.current = setInterval(save, delayMs);
    return () => clearInterval(timerRef.current);
  }, [save, delayMs]);
  return useCallback(() => {
    clearInterval(timerRef.current);
    save();
  }, [save]);
}
