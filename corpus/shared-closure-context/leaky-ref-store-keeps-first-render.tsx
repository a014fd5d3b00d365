// A hook builds its store once, on the first render, and keeps it in a ref. Its subscribe
// method shares the first render's call context with the tracking callback, which captures
// the rendered output: the component keeps its first render's element tree for its whole life.
import { useRef, useSyncExternalStore } from 'react';

interface Tracker {
  track(fn: () => void): void;
  onChange(fn: () => void): () => void;
}

export function useTracked<T>(render: () => T, tracker: Tracker): T {
  const storeRef = useRef<{ subscribe(fn: () => void): () => void; version(): number } | null>(null);
  let output!: T;
  if (!storeRef.current) {
    let version = 0;
    const store = {
      subscribe(notify: () => void) { // expect: shared-closure-context
        return tracker.onChange(() => {
          version += 1;
          notify();
        });
      },
      version() {
        return version;
      },
    };
    storeRef.current = store;
  }
  useSyncExternalStore(storeRef.current.subscribe, storeRef.current.version);
  tracker.track(() => {
    output = render();
  });
  return output;
}
