// Collects the measures of one kind over a window of time.
import * as perf from 'node:perf_hooks';

export function measureFor(kind: string, ms: number): Promise<number[]> {
  const seen: number[] = [];
  const observer = new perf.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.duration);
  });
  observer.observe({ entryTypes: [kind] });
  return new Promise((resolve) => setTimeout(() => resolve(seen), ms));
}
