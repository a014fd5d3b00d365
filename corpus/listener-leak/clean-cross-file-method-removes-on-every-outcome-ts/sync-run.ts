import { EventEmitter } from 'node:events';

export interface SyncPlan {
  source: string;
  target: string;
}

export class SyncRun extends EventEmitter {
  private stopping = false;
  private readonly onTerm = (): void => {
    this.stopping = true;
  };

  constructor(private readonly plan: SyncPlan) {
    super();
  }

  launch(): void {
    process.on('SIGTERM', this.onTerm);
    this.copy()
      .then((copied) => {
        this.release();
        this.emit('synced', copied);
      })
      .catch((error: Error) => {
        this.release();
        this.emit('aborted', error);
      });
  }

  private release(): void {
    process.removeListener('SIGTERM', this.onTerm);
  }

  private async copy(): Promise<number> {
    if (this.stopping) throw new Error(`sync ${this.plan.source} stopped`);
    return 1;
  }
}
