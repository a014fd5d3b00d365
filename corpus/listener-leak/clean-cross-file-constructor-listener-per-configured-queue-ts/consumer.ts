// A queue consumer that drains its queue before the process exits.
import { parentPort } from "node:worker_threads";

export class QueueConsumer {
  private pending = 0;

  constructor(readonly queue: string) {
    parentPort?.on("message", (message: { queue: string; op: string }) => {
      if (message.queue === this.queue && message.op === "drain") this.drain();
    });
  }

  take(): void {
    this.pending += 1;
  }

  drain(): void {
    this.pending = 0;
  }
}
