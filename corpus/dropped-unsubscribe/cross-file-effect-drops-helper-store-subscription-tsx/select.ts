// Calls `onChange` when a selected slice of the store changes; hands back the unsubscribe.
import type { Store } from "redux";

export function onSliceChange<S, T>(store: Store<S>, pick: (state: S) => T, onChange: (value: T) => void): () => void {
  let last = pick(store.getState());
  return store.subscribe(() => {
    const next = pick(store.getState());
    if (next !== last) {
      last = next;
      onChange(next);
    }
  });
}
