// The store comes from a module-level factory, whose call captures only the tracker: the ref
// keeps no render's output. A ref set on every render keeps one render's worth at most.
import { useRef, useSyncExternalStore } from 'react';

interface Tracker {
  track(fn: () => void): void;
  onChange(fn: () => void): () => void;
}

function createStore(tracker: Tracker) {
  let version = 0;
  return {
    subscribe(notify: () => void) {
      return tracker.onChange(() => {
        version += 1;
        notify();
      });
    },
    version() {
      return version;
    },
  };
}

export function useTracked<T>(render: () => T, tracker: Tracker): T {
  const storeRef = useRef<ReturnType<typeof createStore> | null>(null);
  const latest = useRef<() => void>(() => {});
  let output!: T;
  if (!storeRef.current) {
    storeRef.current = createStore(tracker);
  }
  latest.current = () => tracker.track(() => { output = render(); });
  useSyncExternalStore(storeRef.current.subscribe, storeRef.current.version);
  tracker.track(() => {
    output = render();
  });
  return output;
}
