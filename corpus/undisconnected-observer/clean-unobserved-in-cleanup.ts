// The observer watches one element and stops watching it in the effect's cleanup: with no
// target left, nothing keeps it or its callback.
import { RefObject, useEffect, useRef, useState } from 'react';

export function useOnScreen<T extends Element>(): [RefObject<T>, boolean] {
  const ref = useRef<T>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const seen = new IntersectionObserver(([entry]) => setShown(entry.isIntersecting));
    seen.observe(element);
    return () => seen.unobserve(element);
  }, []);
  return [ref, shown];
}
