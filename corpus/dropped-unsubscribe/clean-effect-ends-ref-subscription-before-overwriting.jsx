// The hook resubscribes whenever its source changes and ends the subscription the ref holds
// before it keeps the new one; the unmount-only cleanup ends the last.
import { useEffect, useRef, useState } from 'react';

export function useLatest(source$, initial) {
  const [value, setValue] = useState(initial);
  const subscription = useRef(null);

  useEffect(() => {
    subscription.current?.unsubscribe();
    subscription.current = source$.subscribe(setValue);
  }, [source$]);

  useEffect(() => () => subscription.current?.unsubscribe(), []);

  return value;
}
