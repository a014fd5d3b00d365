// A window-listener helper that hands back the only way to remove what it adds.
export function listen<K extends keyof WindowEventMap>(type: K, fn: (event: WindowEventMap[K]) => void): () => void {
  window.addEventListener(type, fn);
  return () => window.removeEventListener(type, fn);
}
