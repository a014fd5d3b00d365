// The app-wide bus: a Set of handlers per event type; `on` hands back a function that calls
// `off` for the handler it added.
type Handler = (payload: unknown) => void;

const handlersByType = new Map<string, Set<Handler>>();

export function on(type: string, handler: Handler): () => void {
  let handlers = handlersByType.get(type);
  if (!handlers) {
    handlers = new Set();
    handlersByType.set(type, handlers);
  }
  handlers.add(handler);
  return () => off(type, handler);
}

export function off(type: string, handler: Handler): void {
  const handlers = handlersByType.get(type);
  if (!handlers) return;
  handlers.delete(handler);
  if (handlers.size === 0) handlersByType.delete(type);
}
