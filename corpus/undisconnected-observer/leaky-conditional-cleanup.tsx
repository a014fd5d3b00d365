// A hook watches an element's visibility, and its cleanup disconnects the observer only while
// the ref still points at an element. On unmount React clears the ref first, so the observer
// (and the callback holding the component's state setter) is never disconnected.
import { useEffect, useState, type RefObject } from 'react';

export function useVisible(ref: RefObject<Element>): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!ref.current) {
      return;
    }
    const observer = new IntersectionObserver(([entry]) => setVisible(entry.isIntersecting)); // expect: undisconnected-observer
    observer.observe(ref.current);
    return () => {
      if (ref.current) {
        observer.disconnect();
      }
    };
  }, [ref]);
  return visible;
}
