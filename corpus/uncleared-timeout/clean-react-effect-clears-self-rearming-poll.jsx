// The same poll, with an effect cleanup that clears the pending timer and stops re-arming.
import { useCallback, useEffect, useRef } from 'react';

export function useJobPoll({ url, onData }) {
  const timer = useRef(undefined);
  const stopped = useRef(false);

  const poll = useCallback(async () => {
    const res = await fetch(url);
    if (stopped.current) return;
    if (res.ok) onData(await res.json());
    timer.current = window.setTimeout(poll, res.ok ? 3000 : 10000);
  }, [url, onData]);

  useEffect(() => {
    stopped.current = false;
    poll();
    return () => {
      stopped.current = true;
      window.clearTimeout(timer.current);
    };
  }, [poll]);
}
