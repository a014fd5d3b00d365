type Handler = (event: KeyboardEvent) => void;

const bindings = new Map<string, Set<Handler>>();

document.addEventListener('keydown', (event) => {
  const combo = `${event.ctrlKey || event.metaKey ? 'mod+' : ''}${event.key.toLowerCase()}`;
  bindings.get(combo)?.forEach((handler) => handler(event));
});

/** Binds `handler` to `combo`; the returned function unbinds it. */
export function bindHotkey(combo: string, handler: Handler): () => void {
  let handlers = bindings.get(combo);
  if (!handlers) {
    handlers = new Set();
    bindings.set(combo, handlers);
  }
  handlers.add(handler);
  return () => {
    handlers!.delete(handler);
    if (handlers!.size === 0) bindings.delete(combo);
  };
}
