// The cleanup asks matchMedia() again, which hands back a new list: the listener stays on the
// first one, which the document keeps (and the component with it), one more per mount.
import { useEffect, useState } from 'react';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export function AnimatedCounter({ value }: { value: number }) {
  const [still, setStill] = useState(false);
  useEffect(() => {
    const onChange = (event: MediaQueryListEvent) => setStill(event.matches);
    window.matchMedia(REDUCED_MOTION).addEventListener('change', onChange); // expect: listener-leak
    return () => window.matchMedia(REDUCED_MOTION).removeEventListener('change', onChange);
  }, []);
  return <output className={still ? 'counter' : 'counter counter--animated'}>{value}</output>;
}
