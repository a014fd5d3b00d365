// Keeps the slowest response time seen for each key it is given.
const slowest = new Map<string, number>();

export function noteLatency(key: string, ms: number): void {
  slowest.set(key, Math.max(slowest.get(key) ?? 0, ms));
}

export function latencyReport(): Record<string, number> {
  return Object.fromEntries(slowest);
}
