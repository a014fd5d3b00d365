// Runs `react(payload)` whenever one of `types` is committed, and hands back what ends that.
export function whenCommitted(store, types, react) {
  const wanted = new Set(types);
  return store.subscribe((mutation) => {
    if (wanted.has(mutation.type)) react(mutation.payload);
  });
}
