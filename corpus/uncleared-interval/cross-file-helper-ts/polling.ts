// Timer helpers. `poll` drops the handle, `every` hands it back, `retryUntil` clears its own.
export function poll(check: () => void): void {
  setInterval(check, 5_000); // reported at the caller that repeats it (server.ts), not here too
}

export function every(ms: number, tick: () => void): ReturnType<typeof setInterval> {
  return setInterval(tick, ms);
}

export function retryUntil(attempt: () => boolean): void {
  const timer = setInterval(() => {
    if (attempt()) clearInterval(timer);
  }, 1_000);
}
