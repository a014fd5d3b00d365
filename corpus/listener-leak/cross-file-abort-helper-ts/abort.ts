// A helper that runs `fn` when the signal aborts. `{ once: true }` removes the listener only
// when 'abort' fires: on a signal that lives as long as the process, that is at shutdown.
export function onAbort(signal: AbortSignal, fn: () => void): void {
  if (signal.aborted) {
    fn();
    return;
  }
  signal.addEventListener('abort', fn, { once: true });
}
