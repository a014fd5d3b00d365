import { useEffect, useState } from 'react';

type Listener = (value: number) => void;

// One feed of gauge readings for the whole page; widgets watch the gauges they show.
class GaugeFeed {
  private readonly watchers = new Map<string, Set<Listener>>();

  watch(gauge: string, listener: Listener): () => void {
    let set = this.watchers.get(gauge);
    if (!set) {
      set = new Set();
      this.watchers.set(gauge, set);
    }
    set.add(listener);
    return () => this.unwatch(gauge, listener);
  }

  private unwatch(gauge: string, listener: Listener): void {
    const set = this.watchers.get(gauge);
    set?.delete(listener);
    if (set && set.size === 0) this.watchers.delete(gauge);
  }

  push(gauge: string, value: number): void {
    this.watchers.get(gauge)?.forEach((listener) => listener(value));
  }
}

export const gauges = new GaugeFeed();

export function Gauge({ name }: { name: string }) {
  const [value, setValue] = useState<number | null>(null);
  useEffect(() => {
    return gauges.watch(name, setValue);
  }, [name]);
  return <meter value={value ?? 0} />;
}
