// A signal that aborts when any of the given ones does: the combined controller aborts from
// inside the listeners themselves, and its signal goes to the caller, whose lifetime it follows.
export function eitherSignal(...signals: AbortSignal[]): AbortSignal {
  const combined = new AbortController();
  for (const signal of signals) {
    signal.addEventListener('abort', () => combined.abort(signal.reason), { signal: combined.signal, once: true });
  }
  return combined.signal;
}
