// The worker keeps its run state in a field; each message it takes adds one more reaction to
// the state's `halted` promise, which settles only when the worker halts.
import { HALTED, RunState } from './run-state';
import type { MailQueue } from './queue';

export class MailWorker {
  private readonly state = new RunState();

  constructor(private readonly queue: MailQueue) {}

  async run(): Promise<void> {
    this.state.begin();
    while (this.state.running) {
      const message = await this.state.unlessHalted(this.queue.next()); // expect: long-lived-promise-race
      if (message === HALTED) break;
      await this.queue.deliver(message);
    }
  }

  stop(): void {
    this.state.halt();
  }
}
