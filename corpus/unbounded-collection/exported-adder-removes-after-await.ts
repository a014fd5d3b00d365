// An exported helper adds a progress callback, awaits the work and removes the callback: no
// file here calls it, but its removal runs only when the work does not throw, so each failed
// import leaves its callback (and the response it writes to) in the Set.
type Progress = (percent: number) => void;

const watchers = new Set<Progress>(); // expect: unbounded-collection

export function reportProgress(percent: number): void {
  for (const watcher of watchers) watcher(percent);
}

export async function withProgress<T>(onProgress: Progress, work: () => Promise<T>): Promise<T> {
  watchers.add(onProgress);
  const result = await work();
  watchers.delete(onProgress);
  return result;
}
