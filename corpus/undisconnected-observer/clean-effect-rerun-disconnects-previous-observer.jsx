// The sticky header re-observes whenever its offset changes, disconnecting the previous observer
// first; the unmount effect disconnects the last one.
import { useEffect, useRef, useState } from 'react';

export function useStuck(sentinelRef, offset) {
  const [stuck, setStuck] = useState(false);
  const observerRef = useRef(null);
  useEffect(() => {
    observerRef.current?.disconnect();
    observerRef.current = new IntersectionObserver(([entry]) => setStuck(!entry.isIntersecting), {
      rootMargin: `-${offset}px 0px 0px 0px`,
    });
    if (sentinelRef.current) observerRef.current.observe(sentinelRef.current);
  }, [sentinelRef, offset]);
  useEffect(() => () => observerRef.current?.disconnect(), []);
  return stuck;
}
