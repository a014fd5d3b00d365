// The effect returns a cleanup that clears the interval it started.
import { useEffect, useState } from 'react';

export function Countdown({ from }: { from: number }) {
  const [left, setLeft] = useState(from);

  useEffect(() => {
    const id = window.setInterval(() => setLeft((n) => Math.max(0, n - 1)), 1000);
    console.debug('countdown timer', id);
    return () => window.clearInterval(id);
  }, [from]);

  return <output>{left}</output>;
}
