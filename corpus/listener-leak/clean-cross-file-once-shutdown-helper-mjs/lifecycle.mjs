// The process's lifecycle: `onShutdown()` runs a callback once, when the process is asked to stop.
export const lifecycle = new EventTarget();

export function onShutdown(fn) {
  lifecycle.addEventListener('shutdown', fn, { once: true });
}

process.once('SIGTERM', () => lifecycle.dispatchEvent(new Event('shutdown')));
