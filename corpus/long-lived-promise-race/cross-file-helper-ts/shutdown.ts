// The process's "stopped" promise, settled only at SIGTERM, and a helper that races work
// against it. Each call hangs one more reaction (and the race) on the promise until then.
let markStopped!: () => void;

export const stopped = new Promise<void>((resolve) => {
  markStopped = resolve;
});

process.once('SIGTERM', () => markStopped());

export function unlessStopped<T>(work: Promise<T>): Promise<T | undefined> {
  return Promise.race([work, stopped.then(() => undefined)]);
}
