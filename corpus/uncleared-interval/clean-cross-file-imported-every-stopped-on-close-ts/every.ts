// Runs a function every so many milliseconds and hands back what stops it.
export function every(ms: number, fn: () => void): () => void {
  const handle = setInterval(fn, ms);
  return () => clearInterval(handle);
}
