// Runs a function every so many milliseconds and throws the handle away.
export function every(ms: number, fn: () => void): void {
  setInterval(fn, ms);
}
