// Each job races the runner's cancellation promise, which settles only if the runner is ever
// cancelled: until then every job's reaction, and the job it closes over, stays on it.
export class Cancellation {
  private fire!: () => void;
  readonly whenCancelled = new Promise<void>((resolve) => {
    this.fire = resolve;
  });

  cancel(): void {
    this.fire();
  }
}

export class Runner {
  constructor(private readonly cancellation: Cancellation) {}

  async run(jobs: Array<() => Promise<void>>): Promise<number> {
    let done = 0;
    for (const job of jobs) {
      const outcome = await Promise.race([
        this.cancellation.whenCancelled.then(() => 'cancelled' as const), // expect: long-lived-promise-race
        job().then(() => 'done' as const),
      ]);
      if (outcome === 'cancelled') break;
      done += 1;
    }
    return done;
  }
}
