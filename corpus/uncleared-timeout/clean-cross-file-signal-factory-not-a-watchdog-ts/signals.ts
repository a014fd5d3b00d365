// Hands back a signal that aborts after a delay, written by hand where `AbortSignal.timeout()`
// is missing. It guards no work of its caller's: its callers are not told about its timer.
export function abortAfter(ms: number): AbortSignal {
  if (typeof AbortSignal.timeout === 'function') return AbortSignal.timeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
}
