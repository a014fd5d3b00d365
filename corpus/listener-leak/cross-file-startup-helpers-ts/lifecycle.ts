// Helpers that register on the process and start a timer of their own module, with no way to
// undo either: fine for code that runs them once, and the only callers here do.
export function onShutdown(fn: () => void): void {
  process.on('SIGTERM', fn);
  process.on('SIGINT', fn);
}

export function everyMinute(fn: () => void): void {
  setInterval(fn, 60_000);
}
