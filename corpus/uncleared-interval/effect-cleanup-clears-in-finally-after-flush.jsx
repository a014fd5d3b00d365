// The same autosave, in JavaScript: the timer stops whatever the last flush does.
import { useEffect } from 'react';

export function useAutosave(flush, everyMs = 5000) {
  useEffect(() => {
    const timer = setInterval(flush, everyMs);
    return () => {
      try {
        flush();
      } catch (err) {
        console.error('final autosave failed', err);
      } finally {
        clearInterval(timer);
      }
    };
  }, [flush, everyMs]);
}
