// The clock starts, then the effect gives up early when there is no deadline, returning no
// cleanup: that interval ticks on after the component is gone.
import { useEffect, useState } from 'react';

export function Countdown({ deadline }: { deadline?: number }) {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    const tick = setInterval(() => setLeft((deadline ?? Date.now()) - Date.now()), 1000); // expect: uncleared-interval
    if (deadline === undefined) return undefined;
    setLeft(deadline - Date.now());
    return () => clearInterval(tick);
  }, [deadline]);
  return <time>{Math.max(0, Math.round(left / 1000))}s</time>;
}
