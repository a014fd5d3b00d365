// The same jobs leave the registry in `finally`, whether the work succeeds or throws.
export class Job {
  static readonly running = new Set<Job>();

  constructor(readonly payload: Record<string, unknown>) {
    Job.running.add(this);
  }

  finish(): void {
    Job.running.delete(this);
  }
}

export function onMessage(bus: { on(event: string, fn: (m: Record<string, unknown>) => void): void }, work: (p: unknown) => Promise<void>): void {
  bus.on('job', async (payload) => {
    const job = new Job(payload);
    try {
      await work(job.payload);
    } finally {
      job.finish();
    }
  });
}
