// The effect starts the blinking only when `repeat` is set, and its cleanup clears it under
// the same `repeat`, which the effect closed over: whenever there is an interval, it is cleared.
import { useEffect } from 'react';

export function useBlink(element: HTMLElement | null, active: boolean, repeat: boolean) {
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    if (active && element) {
      element.classList.add('lit');
      if (repeat) {
        timer = setInterval(() => element.classList.toggle('lit'), 500);
      }
    }
    return () => {
      element?.classList.remove('lit');
      if (repeat) {
        clearInterval(timer);
      }
    };
  }, [active, element]);
}
