import { useEffect, useRef, useState } from 'react';

// Restarts the countdown whenever the deadline moves; the last one is cleared on unmount.
export function useCountdown(deadline) {
  const [left, setLeft] = useState(() => Math.max(0, deadline - Date.now()));
  const tick = useRef(null);

  useEffect(() => {
    clearInterval(tick.current);
    tick.current = setInterval(() => setLeft(Math.max(0, deadline - Date.now())), 1000);
  }, [deadline]);

  useEffect(() => () => clearInterval(tick.current), []);

  return left;
}
