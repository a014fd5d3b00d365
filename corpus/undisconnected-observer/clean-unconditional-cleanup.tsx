// The same hook disconnecting in its cleanup whatever the ref holds by then, and one whose only
// condition is about the observer itself.
import { useEffect, useRef, useState, type RefObject } from 'react';

export function useVisible(ref: RefObject<Element>): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!ref.current) {
      return;
    }
    const observer = new IntersectionObserver(([entry]) => setVisible(entry.isIntersecting));
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [ref]);
  return visible;
}

export function useResized(ref: RefObject<Element>, onResize: () => void): void {
  const observerRef = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    const observer = new ResizeObserver(onResize);
    observerRef.current = observer;
    if (ref.current) observer.observe(ref.current);
    return () => {
      if (observer) {
        observer.disconnect();
      }
    };
  }, [ref, onResize]);
}
