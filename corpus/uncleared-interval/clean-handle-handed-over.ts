// Whoever receives the handle owns it: returned, wrapped in a stopper, or registered with a
// disposal list. None of these can be judged from here, so none is reported.
const disposables: Array<{ dispose(): void }> = [];

export function startPolling(fn: () => void, ms: number): NodeJS.Timeout {
  return setInterval(fn, ms);
}

export function every(fn: () => void, ms: number) {
  const timer = setInterval(fn, ms);
  return { stop: () => clearInterval(timer) };
}

export function track(fn: () => void) {
  const handle = setInterval(fn, 1000);
  disposables.push({ dispose: () => clearInterval(handle) });
}

export function watchAll(timers: Set<NodeJS.Timeout>, fn: () => void) {
  timers.add(setInterval(fn, 1000));
}

export function disposeAll() {
  for (const d of disposables.splice(0)) d.dispose();
}
