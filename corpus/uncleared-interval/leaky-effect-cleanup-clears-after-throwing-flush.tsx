// Autosave every few seconds; the cleanup flushes once more and then stops the timer,
// inside a try whose catch only reports.
import { useEffect } from 'react';

export function useAutosave(flush: () => void, everyMs = 5000): void {
  useEffect(() => {
    const timer = setInterval(flush, everyMs); // expect: uncleared-interval
    return () => {
      try {
        flush();
        clearInterval(timer);
      } catch (err) {
        console.error('final autosave failed', err);
      }
    };
  }, [flush, everyMs]);
}
