// Each job registers itself while it runs; finish() takes it out, but only after the work
// succeeds: a job whose work throws stays registered, with its payload.
export class Job {
  static readonly running = new Set<Job>(); // expect: unbounded-collection

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
    await work(job.payload);
    job.finish();
  });
}
