// Every job adds a reaction to the process's shutdown promise, which settles only at exit: each
// finished job's run (and its payload) stays reachable from it until then.
let markStopping!: () => void;
export const stopping = new Promise<void>((resolve) => {
  markStopping = resolve;
});
process.once('SIGTERM', () => markStopping());

class JobRun {
  private cancelled = false;
  constructor(readonly payload: Buffer) {}
  cancel(): void {
    this.cancelled = true;
  }
  async execute(): Promise<void> {
    if (!this.cancelled) await new Promise((r) => setImmediate(r));
  }
}

export async function runJob(job: { payload: Buffer }): Promise<void> {
  const run = new JobRun(job.payload);
  stopping.then(() => run.cancel()); // expect: long-lived-promise-race
  await run.execute();
}
