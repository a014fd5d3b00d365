// Tells every registered handler when the tab's visibility changes.
type Handler = (state: DocumentVisibilityState) => void;
const handlers = new Set<Handler>();

document.addEventListener('visibilitychange', () => {
  for (const handler of handlers) handler(document.visibilityState);
});

export function onVisibility(handler: Handler): void {
  handlers.add(handler);
}

export function offVisibility(handler: Handler): void {
  handlers.delete(handler);
}
