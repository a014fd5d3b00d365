// The same hook checks the cleanup's flag after the wait, so a component already gone never
// subscribes.
import { useEffect, useState } from 'react';

class PresenceTicker {
  constructor() {
    this.listeners = new Map();
    this.ready = null;
  }

  connect() {
    this.ready ??= fetch('/presence/ready').then(() => undefined);
    return this.ready;
  }

  follow(room, listener) {
    let set = this.listeners.get(room);
    if (!set) {
      set = new Set();
      this.listeners.set(room, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(room);
    };
  }
}

export const ticker = new PresenceTicker();

export function usePresence(room) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let cancelled = false;
    let stop;
    ticker.connect().then(() => {
      if (cancelled) return;
      stop = ticker.follow(room, setCount);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [room]);
  return count;
}
