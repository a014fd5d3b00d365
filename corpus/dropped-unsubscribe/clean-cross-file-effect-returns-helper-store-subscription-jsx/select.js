// Calls `onChange` when a selected slice of the store changes; hands back the unsubscribe.
export function onSliceChange(store, pick, onChange) {
  let last = pick(store.getState());
  return store.subscribe(() => {
    const next = pick(store.getState());
    if (next !== last) {
      last = next;
      onChange(next);
    }
  });
}
