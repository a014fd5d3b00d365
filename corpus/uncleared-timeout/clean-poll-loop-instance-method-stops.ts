// The watcher stops polling once the deployment reaches a final state, and `stop()` clears
// the pending timer: the loop ends with the work it serves.
import { EventEmitter } from 'node:events';

const FINAL = new Set(['succeeded', 'failed', 'cancelled']);

export class DeploymentWatcher extends EventEmitter {
  private state = 'pending';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly api: string, private readonly id: string) {
    super();
    this.poll();
  }

  private poll(): void {
    this.timer = setTimeout(async () => {
      const res = await fetch(`${this.api}/deployments/${this.id}`);
      const { state } = (await res.json()) as { state: string };
      if (state !== this.state) this.emit('state', state);
      this.state = state;
      if (FINAL.has(state)) return;
      this.poll();
    }, 3000);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
