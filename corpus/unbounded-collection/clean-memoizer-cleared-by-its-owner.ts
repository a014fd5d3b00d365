// The memoizer offers `clear()`, and the module calls it every minute, so the formatter's
// memory never outgrows a minute's worth of amounts.
function memoize<A extends unknown[], R>(fn: (...args: A) => R) {
  const results = new Map<string, R>();
  function wrapped(...args: A): R {
    const key = args.join('|');
    let hit = results.get(key);
    if (hit === undefined) {
      hit = fn(...args);
      results.set(key, hit);
    }
    return hit;
  }
  wrapped.clear = () => results.clear();
  return wrapped;
}

const formatAmount = memoize((cents: number, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).format(cents / 100));
setInterval(() => formatAmount.clear(), 60_000).unref();

export function renderTotal(cents: number, currency: string): string {
  return `<strong>${formatAmount(cents, currency)}</strong>`;
}
