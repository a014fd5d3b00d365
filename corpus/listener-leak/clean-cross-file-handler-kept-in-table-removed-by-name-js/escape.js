// Close-on-Escape for dialogs: the listener of each element is kept in a WeakMap, so the
// unbind can hand the very same function back to `removeEventListener`.
const handlers = new WeakMap();

export function bindEscape(el, onEscape) {
  const listener = (event) => {
    if (event.key === 'Escape') onEscape(event);
  };
  document.addEventListener('keydown', listener);
  handlers.set(el, { listener });
}

export function unbindEscape(el) {
  const entry = handlers.get(el);
  if (!entry) return;
  document.removeEventListener('keydown', entry.listener);
  handlers.delete(el);
}
