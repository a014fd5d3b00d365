// The sticky header listens to scroll on every run; the early return for a missing container
// hands back a cleanup too, so every run ends with one.
import { useEffect, useState, type RefObject } from 'react';

export function useStickyHeader(containerRef: RefObject<HTMLElement>, offset: number) {
  const [stuck, setStuck] = useState(false);
  useEffect(() => {
    const onScroll = () => setStuck((containerRef.current?.getBoundingClientRect().top ?? 1) <= offset);
    window.addEventListener('scroll', onScroll, { passive: true });
    const el = containerRef.current;
    if (!el) return () => window.removeEventListener('scroll', onScroll);
    const observer = new ResizeObserver(onScroll);
    observer.observe(el);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, [containerRef, offset]);
  return stuck;
}
