// The cleanup clears the blinking only while the ref still points at the element, and by
// unmount React has already set the ref to null: the interval keeps toggling a detached node.
import { useEffect, useRef } from 'react';

export function Blinker({ repeat }: { repeat: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    if (repeat) {
      timer = setInterval(() => ref.current?.classList.toggle('lit'), 500); // expect: uncleared-interval
    }
    return () => {
      if (ref.current) {
        clearInterval(timer);
      }
    };
  }, [repeat]);
  return <span ref={ref}>●</span>;
}
