// The worker keeps its run state in a field and races each message against a deadline of its own.
import { LATE, RunState } from './run-state';
import type { MailQueue } from './queue';

export class MailWorker {
  private readonly state = new RunState();

  constructor(private readonly queue: MailQueue) {}

  async run(): Promise<void> {
    this.state.begin();
    while (this.state.running) {
      const message = await this.state.within(this.queue.next(), 20_000);
      if (message === LATE) continue;
      await this.queue.deliver(message);
    }
  }

  stop(): void {
    this.state.halt();
  }
}
