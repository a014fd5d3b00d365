// The TypeScript shape: a useCallback poll that re-arms itself through a ref, started by an
// effect that discards what it returns, so nothing clears the pending timer at unmount.
import { useCallback, useEffect, useRef } from 'react';

export function useFeedPoll(url: string, onItems: (items: unknown[]) => void): void {
  const timer = useRef<number | undefined>(undefined);

  const poll = useCallback(async (): Promise<void> => {
    const res = await fetch(url);
    if (res.ok) onItems(await res.json());
    timer.current = window.setTimeout(poll, 5000);
  }, [url, onItems]);

  useEffect(() => void poll(), [poll]); // expect: uncleared-timeout
}
