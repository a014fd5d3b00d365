// Tells every registered handler when the tab's visibility changes.
const handlers = new Set();

document.addEventListener('visibilitychange', () => {
  for (const handler of handlers) handler(document.visibilityState);
});

export function onVisibility(handler) {
  handlers.add(handler);
}

export function offVisibility(handler) {
  handlers.delete(handler);
}
