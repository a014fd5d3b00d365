// A spring hook follows a source value by subscribing inside useMemo. React never cleans a memo:
// the unsubscribe it returns is dropped, and each new source adds one more subscription.
import { useMemo } from 'react';
import { createSpringValue } from './spring';

export function useFollow(source) {
  const value = useMemo(() => createSpringValue(source.get()), []);
  useMemo(() => {
    return source.onChange((v) => value.set(v)); // expect: dropped-unsubscribe
  }, [source]);
  return value;
}
