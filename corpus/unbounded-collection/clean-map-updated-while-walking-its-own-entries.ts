// Smoothed load per worker: the set of workers is fixed at start-up, the values drift.
const WORKERS = ['ingest', 'resize', 'thumbnail', 'transcode'] as const;
const load = new Map<string, number>(WORKERS.map((w): [string, number] => [w, 0]));

export function decay(factor = 0.9): void {
  for (const [worker, value] of load) {
    load.set(worker, value * factor);
  }
}

export function bump(sample: Record<string, number>): void {
  for (const worker of load.keys()) {
    load.set(worker, (load.get(worker) ?? 0) + (sample[worker] ?? 0));
  }
}

setInterval(() => decay(), 5_000).unref();
