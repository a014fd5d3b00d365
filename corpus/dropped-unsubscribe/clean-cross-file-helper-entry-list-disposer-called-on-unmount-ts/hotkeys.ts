// A module-wide hotkey table: each key combination keeps the handlers bound to it, and
// `bindHotkey` hands back the function that unbinds the one it added.
export type HotkeyHandler = (event: KeyboardEvent) => void;

const bindings = new Map<string, HotkeyHandler[]>();

window.addEventListener("keydown", (event) => {
  const handlers = bindings.get(event.key.toLowerCase());
  handlers?.forEach((handler) => handler(event));
});

export function bindHotkey(key: string, handler: HotkeyHandler): () => void {
  const normalized = key.toLowerCase();
  const handlers = bindings.get(normalized) ?? [];
  handlers.push(handler);
  bindings.set(normalized, handlers);
  return () => {
    const remaining = bindings.get(normalized);
    if (!remaining) return;
    remaining.splice(remaining.indexOf(handler), 1);
    if (remaining.length === 0) bindings.delete(normalized);
  };
}
