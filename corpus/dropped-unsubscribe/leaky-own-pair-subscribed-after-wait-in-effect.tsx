// The hook subscribes to the module's ticker only once the ticker has connected. A component
// that unmounts (or changes `room`) before that runs its cleanup while `stop` is still unset,
// and the subscription made afterwards is never taken out.
import { useEffect, useState } from 'react';

type Listener = (count: number) => void;

class PresenceTicker {
  private readonly listeners = new Map<string, Set<Listener>>();
  private ready: Promise<void> | null = null;

  connect(): Promise<void> {
    this.ready ??= fetch('/presence/ready').then(() => undefined);
    return this.ready;
  }

  follow(room: string, listener: Listener): () => void {
    let set = this.listeners.get(room);
    if (!set) {
      set = new Set();
      this.listeners.set(room, set);
    }
    set.add(listener);
    return () => {
      set!.delete(listener);
      if (set!.size === 0) this.listeners.delete(room);
    };
  }
}

export const ticker = new PresenceTicker();

export function usePresence(room: string): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let stop: (() => void) | undefined;
    ticker.connect().then(() => {
      stop = ticker.follow(room, setCount); // expect: dropped-unsubscribe
    });
    return () => stop?.();
  }, [room]);
  return count;
}
