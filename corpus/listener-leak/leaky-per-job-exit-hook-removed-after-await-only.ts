// Each job hooks SIGTERM to stop early and takes the hook off when the job is done, but only
// after an await that may throw: every failed job leaves its hook (and the job) on process.
type Job = { id: string; run(signal: { stopping: boolean }): Promise<void> };

export class Runner {
  private done = 0;

  async execute(job: Job): Promise<void> {
    const state = { stopping: false };
    const onTerm = (): void => {
      state.stopping = true;
    };
    process.once('SIGTERM', onTerm); // expect: listener-leak
    await job.run(state);
    process.removeListener('SIGTERM', onTerm);
    this.done += 1;
  }
}
