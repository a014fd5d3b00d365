// A small `watch()` helper subscribes a selector to the store it is given and hands back the
// unsubscribe; the badge's effect drops it, so every mount adds a listener to the store.
import React, { useEffect, useState } from 'react';

type State = { unread: number };

function createStore(initial: State) {
  let state = initial;
  const listeners = new Set<(s: State) => void>();
  return {
    get: () => state,
    set(next: State) {
      state = next;
      listeners.forEach((listener) => listener(state));
    },
    subscribe(listener: (s: State) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const inbox = createStore({ unread: 0 });

function watch<T>(store: typeof inbox, select: (s: State) => T, onChange: (value: T) => void) {
  return store.subscribe((s) => onChange(select(s)));
}

export function UnreadBadge() {
  const [unread, setUnread] = useState(inbox.get().unread);
  useEffect(() => {
    watch(inbox, (s) => s.unread, setUnread); // expect: dropped-unsubscribe
  }, []);
  return <span className="badge">{unread}</span>;
}
