// The poll re-arms itself through a ref, and the effect discards what it returns: nothing
// clears the pending timer at unmount, so the poll goes on with the component's callbacks.
import { useCallback, useEffect, useRef } from 'react';

export function useJobPoll({ url, onData }) {
  const timer = useRef(undefined);

  const poll = useCallback(async () => {
    const res = await fetch(url);
    if (res.ok) onData(await res.json());
    timer.current = window.setTimeout(poll, res.ok ? 3000 : 10000);
  }, [url, onData]);

  useEffect(() => void poll(), [poll]); // expect: uncleared-timeout
}
