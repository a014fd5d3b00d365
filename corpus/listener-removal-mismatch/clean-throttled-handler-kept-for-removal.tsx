// The effect keeps the one throttled wrapper it registers, removes that same function, and
// cancels a trailing call still pending.
import { useEffect, useState } from 'react';
import throttle from 'lodash/throttle';

export function useViewportWidth(): number {
  const [width, setWidth] = useState(window.innerWidth);
  useEffect(() => {
    const onResize = throttle(() => setWidth(window.innerWidth), 100);
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      onResize.cancel();
    };
  }, []);
  return width;
}
