// A window-listener helper that hands back the only way to remove what it adds.
export function listenWindow(type, listener, options) {
  window.addEventListener(type, listener, options);
  return () => window.removeEventListener(type, listener, options);
}
