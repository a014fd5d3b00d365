// The effect registers one throttled wrapper and its cleanup makes another: lodash's
// throttle() returns a new function on every call, so the removal finds nothing to remove.
import { useEffect, useState } from 'react';
import throttle from 'lodash/throttle';

export function useViewportWidth(): number {
  const [width, setWidth] = useState(window.innerWidth);
  useEffect(() => {
    const measure = () => setWidth(window.innerWidth);
    window.addEventListener('resize', throttle(measure, 100));
    return () => window.removeEventListener('resize', throttle(measure, 100)); // expect: listener-removal-mismatch
  }, []);
  return width;
}
