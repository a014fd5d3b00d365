// `onAbort` hands back its remover; `linked` keeps it beside the controller it makes, and
// `withLimit` calls it once the work settles, whichever way.
export function onAbort(signal: AbortSignal, react: () => void): () => void {
  signal.addEventListener('abort', react, { once: true });
  return () => signal.removeEventListener('abort', react);
}

export function linked(parent: AbortSignal): { controller: AbortController; unlink: () => void } {
  const controller = new AbortController();
  const unlink = onAbort(parent, () => controller.abort(parent.reason));
  return { controller, unlink };
}

export function withLimit<T>(ms: number, parent: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const { controller, unlink } = linked(parent);
  const timer = setTimeout(() => controller.abort(new Error(`over ${ms} ms`)), ms);
  return work(controller.signal).finally(() => {
    clearTimeout(timer);
    unlink();
  });
}
