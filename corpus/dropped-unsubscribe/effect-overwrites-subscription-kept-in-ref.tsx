// The hook resubscribes whenever its source changes, keeping the subscription in a ref, but
// never ends the one the ref held: only the last is ended, by the unmount-only cleanup.
import { useEffect, useRef, useState } from 'react';
import type { Observable, Subscription } from 'rxjs';

export function useLatest<T>(source$: Observable<T>, initial: T): T {
  const [value, setValue] = useState(initial);
  const subscription = useRef<Subscription | null>(null);

  useEffect(() => {
    subscription.current = source$.subscribe(setValue); // expect: dropped-unsubscribe
  }, [source$]);

  useEffect(() => () => subscription.current?.unsubscribe(), []);

  return value;
}
