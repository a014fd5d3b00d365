import { shallowRef, type ShallowRef } from 'vue';

export interface Store<S> {
  getState(): S;
  subscribe(listener: (state: S) => void): () => void;
}

// Mirrors a slice of a store into a ref; `stop` ends the subscription.
export function select<S, T>(store: Store<S>, pick: (state: S) => T): { value: ShallowRef<T>; stop: () => void } {
  const value = shallowRef(pick(store.getState()));
  const unsubscribe = store.subscribe((state) => {
    value.value = pick(state);
  });
  function stop(): void {
    unsubscribe();
  }
  return { value, stop };
}
