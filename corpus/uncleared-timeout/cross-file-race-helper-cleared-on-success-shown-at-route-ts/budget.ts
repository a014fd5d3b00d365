export class OverBudget extends Error {}

// Settles with `work`, or rejects once `ms` have passed. The timer is cleared when the work
// succeeds only: a failing call leaves it pending, with its closure, until it fires.
export function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OverBudget(`over ${ms} ms`)), ms);
    work.then((value) => {
      clearTimeout(timer);
      resolve(value);
    }, reject);
  });
}
