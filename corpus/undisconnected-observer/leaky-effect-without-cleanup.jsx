// An effect that observes on every render and never disconnects.
import { useEffect, useRef, useState } from 'react';

export function Panel() {
  const ref = useRef(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width)); // expect: undisconnected-observer
    observer.observe(ref.current);
  });
  return <div ref={ref}>{width}</div>;
}
