// A component that hands one socket to many children and disables the limit to share it.
import { useMemo } from 'react';
import { EventEmitter } from 'events';

export function Room({ children }: { children: React.ReactNode }) {
  const hub = useMemo(() => {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0x0); // expect: max-listeners-disabled
    return emitter;
  }, []);
  return <section data-hub={hub.listenerCount('message')}>{children}</section>;
}
