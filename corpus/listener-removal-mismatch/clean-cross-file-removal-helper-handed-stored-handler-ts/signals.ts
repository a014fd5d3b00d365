// Small helpers over AbortSignal listeners.
export function whenAborted(signal: AbortSignal, react: () => void): void {
  signal.addEventListener('abort', react);
}

export function stopWatching(signal: AbortSignal, react: () => void): void {
  signal.removeEventListener('abort', react);
}
