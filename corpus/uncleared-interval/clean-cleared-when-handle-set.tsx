// The autosave interval starts only when enabled, and the cleanup clears it when there is a
// handle to clear (through `window.clearInterval`): both sides test the same thing.
import { useEffect, useRef } from 'react';

export function useAutosave(save: () => void, enabled: boolean) {
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    let handle: number | undefined;
    if (enabled) {
      handle = window.setInterval(() => saveRef.current(), 30_000);
    }
    return () => {
      if (handle !== undefined) {
        window.clearInterval(handle);
      }
    };
  }, [enabled]);
}
