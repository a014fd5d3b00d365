// Helpers around a "have we handled this delivery?" store; any Map-like store works.
export function handled(store, id) {
  return store.has(id);
}

export function markHandled(store, id) {
  store.set(id, Date.now());
}

export function unmark(store, id) {
  store.delete(id);
}
