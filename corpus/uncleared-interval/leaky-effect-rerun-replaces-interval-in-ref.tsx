// The autosave interval restarts when the delay setting changes; each run stores a new interval
// in the ref over the running one, and the unmount effect clears only the newest.
import { useEffect, useRef } from 'react';

export function useAutosave(save: () => void, delayMs: number) {
  const timerRef = useRef<ReturnType<typeof setInterval>>();
  useEffect(() => {
    timerRef.current = setInterval(save, delayMs); // expect: uncleared-interval
  }, [save, delayMs]);
  useEffect(() => () => clearInterval(timerRef.current), []);
}
