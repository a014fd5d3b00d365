// The sticky header re-observes whenever its offset changes; each run puts a new observer in the
// ref over the last one, which keeps watching the old sentinel, and only the unmount effect
// disconnects the newest.
import { useEffect, useRef, useState } from 'react';

export function useStuck(sentinelRef, offset) {
  const [stuck, setStuck] = useState(false);
  const observerRef = useRef(null);
  useEffect(() => {
    observerRef.current = new IntersectionObserver(([entry]) => setStuck(!entry.isIntersecting), { // expect: undisconnected-observer
      rootMargin: `-${offset}px 0px 0px 0px`,
    });
    if (sentinelRef.current) observerRef.current.observe(sentinelRef.current);
  }, [sentinelRef, offset]);
  useEffect(() => () => observerRef.current?.disconnect(), []);
  return stuck;
}
