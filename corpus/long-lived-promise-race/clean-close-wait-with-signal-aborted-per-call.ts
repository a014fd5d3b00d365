// Each read races the queue against the consumer's 'close', through a wait made with a signal
// that the read aborts when it returns: the wait, its listener and its reaction end per call.
import { EventEmitter, once } from "node:events";

class ClosedError extends Error {}

export class TaskReader {
  private readonly lifecycle = new EventEmitter();
  private open = true;

  constructor(private readonly pop: () => Promise<string | null>) {}

  async *tasks(): AsyncGenerator<string> {
    while (this.open) {
      const task = await this.read();
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
    closing.catch(() => undefined);
    try {
      return await Promise.race([closing, this.pop()]);
    } finally {
      done.abort();
    }
  }
}
