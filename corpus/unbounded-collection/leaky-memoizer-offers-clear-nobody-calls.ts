// The memoizer offers `clear()`, but nothing in the program calls it: the module-level
// formatter remembers every amount it was ever asked to format.
function memoize<A extends unknown[], R>(fn: (...args: A) => R) {
  const results = new Map<string, R>(); // expect: unbounded-collection
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

export function renderTotal(cents: number, currency: string): string {
  return `<strong>${formatAmount(cents, currency)}</strong>`;
}
