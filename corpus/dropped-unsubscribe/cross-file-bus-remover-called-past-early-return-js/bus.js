// The app-wide bus: a Set of handlers per event type; `on` hands back a function that calls
// `off` for the handler it added.
const handlersByType = new Map();

export function on(type, handler) {
  let handlers = handlersByType.get(type);
  if (!handlers) {
    handlers = new Set();
    handlersByType.set(type, handlers);
  }
  handlers.add(handler);
  return () => off(type, handler);
}

export function off(type, handler) {
  const handlers = handlersByType.get(type);
  if (!handlers) return;
  handlers.delete(handler);
  if (handlers.size === 0) handlersByType.delete(type);
}

export function emit(type, payload) {
  for (const handler of handlersByType.get(type) ?? []) handler(payload);
}
