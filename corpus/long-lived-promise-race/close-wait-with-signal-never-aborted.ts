// Each read races the queue against the consumer's 'close'. The wait has a signal, but the
// read never aborts it: every read leaves a 'close' listener and a reaction on the consumer.
import { EventEmitter, once } from "node:events";

class ClosedError extends Error {}

export class TaskReader {
  private readonly lifecycle = new EventEmitter();
  private open = true;

  constructor(private readonly pop: () => Promise<string | null>) {}

  async *tasks(): AsyncGenerator<string> {
    while (this.open) {
      const task = await this.read(); // expect: long-lived-promise-race
      if (task !== null) yield task;
    }
  }

  close(): void {
    this.open = false;
    this.lifecycle.emit("close");
  }

  private async read(): Promise<string | null> {
    const done = new AbortController();
    const closing = once(this.lifecycle, "close", { signal: done.signal }).then(() => {
      throw new ClosedError();
    });
    closing.catch(() => undefined); // expect: long-lived-promise-race
    return await Promise.race([closing, this.pop()]);
  }
}
