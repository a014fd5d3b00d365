// One run of a catalogue sync; the runs in progress are listed by the status page.
export class SyncRun {
  static readonly active = new Set<SyncRun>();

  readonly startedAt = Date.now();
  step = 'queued';

  constructor(readonly supplier: string, readonly items: unknown[]) {
    SyncRun.active.add(this);
  }

  mark(step: string): void {
    this.step = step;
  }

  markDone(): void {
    this.step = 'done';
    SyncRun.active.delete(this);
  }

  static report() {
    return [...SyncRun.active].map((run) => ({ supplier: run.supplier, step: run.step, ms: Date.now() - run.startedAt }));
  }
}
