import { useEffect, useRef, useState, type ReactNode } from 'react';
import { onFirstSight } from './reveal';

// Cards that unmount before they are ever seen (a filtered list, a closed tab) stay in the
// helper's table, element and state setter with them.
export function FadeIn({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (box.current) onFirstSight(box.current, () => setShown(true)); // expect: unbounded-collection
  }, []);
  return <div ref={box} style={{ opacity: shown ? 1 : 0 }}>{children}</div>;
}
