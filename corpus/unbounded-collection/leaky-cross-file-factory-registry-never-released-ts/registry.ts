// A registry factory: what it hands out keeps entries in a map of its closure, and offers
// release() to take one out, which only its users can call.
export interface Registry<T> {
  register(id: string, value: T): void;
  lookup(id: string): T | undefined;
  release(id: string): boolean;
}

export function createRegistry<T>(): Registry<T> {
  const entries = new Map<string, T>();
  return {
    register(id, value) {
      entries.set(id, value);
    },
    lookup(id) {
      return entries.get(id);
    },
    release(id) {
      return entries.delete(id);
    },
  };
}
