import { useEffect, useRef, useState, type ReactNode } from 'react';
import { onFirstSight } from './reveal';

// A card that unmounts first is forgotten by the effect's cleanup.
export function FadeIn({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!box.current) return undefined;
    return onFirstSight(box.current, () => setShown(true));
  }, []);
  return <div ref={box} style={{ opacity: shown ? 1 : 0 }}>{children}</div>;
}
