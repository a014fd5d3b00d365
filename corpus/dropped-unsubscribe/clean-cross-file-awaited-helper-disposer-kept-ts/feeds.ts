type Listener = (payload: string) => void;

const listeners = new Map<string, Set<Listener>>();

export function publish(topic: string, payload: string): void {
  for (const listener of listeners.get(topic) ?? []) listener(payload);
}

export async function follow(topic: string, listener: Listener): Promise<() => void> {
  let set = listeners.get(topic);
  if (!set) {
    set = new Set();
    listeners.set(topic, set);
  }
  set.add(listener);
  return () => {
    set!.delete(listener);
    if (set!.size === 0) listeners.delete(topic);
  };
}
