// Runs `react(payload)` whenever one of `types` is committed on the store it is handed.
export function whenCommitted(store, types, react) {
  const wanted = new Set(types);
  store.subscribe((mutation) => {
    if (wanted.has(mutation.type)) react(mutation.payload);
  });
}
