// Subscribing in an effect that returns the unsubscribe, and a memo whose value is a derived
// object (no subscription) stay quiet.
import { useEffect, useMemo } from 'react';
import { createSpringValue } from './spring';

export function useFollow(source) {
  const value = useMemo(() => createSpringValue(source.get()), []);
  useEffect(() => source.onChange((v) => value.set(v)), [source, value]);
  return value;
}
