// The effect keeps the list it listens on and removes the listener from that same list; the
// render only reads `.matches` from a list of its own.
import { useEffect, useState } from 'react';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export function AnimatedCounter({ value }: { value: number }) {
  const [still, setStill] = useState(() => window.matchMedia(REDUCED_MOTION).matches);
  useEffect(() => {
    const query = window.matchMedia(REDUCED_MOTION);
    const onChange = (event: MediaQueryListEvent) => setStill(event.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return <output className={still ? 'counter' : 'counter counter--animated'}>{value}</output>;
}
