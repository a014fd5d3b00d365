// A deployment watcher polls its deployment's state from the constructor on, rescheduling
// through `this.poll()` after every check. Nothing can stop it, so every watcher ever made
// keeps polling, and stays alive with its listeners, after the deployment has finished.
import { EventEmitter } from 'node:events';

export class DeploymentWatcher extends EventEmitter {
  private state = 'pending';

  constructor(private readonly api: string, private readonly id: string) {
    super();
    this.poll(); // expect: uncleared-timeout
  }

  private poll(): void {
    setTimeout(async () => {
      try {
        const res = await fetch(`${this.api}/deployments/${this.id}`);
        const { state } = (await res.json()) as { state: string };
        if (state !== this.state) this.emit('state', state);
        this.state = state;
      } catch (err) {
        this.emit('error', err);
      }
      this.poll();
    }, 3000);
  }
}
