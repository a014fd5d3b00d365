// A deadline that rejects after `ms`, handed back as a bare promise: nothing can clear its timer.
export function deadline(ms: number, label: string): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${label} timed out after ${ms} ms`)), ms);
  });
}
