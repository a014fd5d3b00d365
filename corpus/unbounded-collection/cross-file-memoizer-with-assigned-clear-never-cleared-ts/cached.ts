// A memoizer whose cache entries expire only when the same key is asked again; it offers
// `clear()` on what it hands out, for callers that want to empty it.
export function cached<A extends unknown[], R>(fn: (...args: A) => R, ttlMs = 60_000) {
  const entries = new Map<string, { value: R; at: number }>();
  const call = (...args: A): R => {
    const key = JSON.stringify(args);
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value;
    const value = fn(...args);
    entries.set(key, { value, at: Date.now() });
    return value;
  };
  return Object.assign(call, { clear: () => entries.clear() });
}
